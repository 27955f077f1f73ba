import { z } from 'zod';

export const NODE_ID_RE = /^[a-z0-9][a-z0-9-]{0,31}$/;

export type NodeStatus = 'online' | 'degraded' | 'offline' | 'unknown';
export type HostKeyState = 'none' | 'pending' | 'pinned' | 'mismatch';

export interface NodeRecord {
  id: string;
  name: string;
  transport: 'local' | 'ssh';
  host: string | null;
  port: number | null;
  sshUser: string | null;
  ocHome: string;
  keyPath: string | null;
  hostKeyFp: string | null;
  hostKeyState: HostKeyState;
  gatewayPort: number;
  restartCmd: string | null;
  declared: boolean;
  /** Was declared in the config file and is no longer: kept (with its host key) until /removenode. */
  undeclared: boolean;
  status: NodeStatus;
  statusJson: string | null;
  lastError: string | null;
  lastSeenAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export const STATUS_ICON: Record<NodeStatus, string> = {
  online: '🟢',
  degraded: '🟡',
  offline: '🔴',
  unknown: '⚪',
};

/** kv key: the host key a node presented last without being trusted, so /trusthost pins exactly that one. */
export function presentedKey(nodeId: string): string {
  return `hostkey.presented.${nodeId}`;
}

/**
 * How the schemas word a problem. In chat each message is a catalog key (locales/*.ftl, section
 * `nodes`) that describeIssues renders in the reader's language; the config file, read at start-up
 * and printed as is, gets the English sentence (see src/nodes/config.ts).
 */
export type Wording = (key: string) => string;

/** The node field schemas, their problems worded by `word`. */
export function nodeSchemas(word: Wording = (key) => key) {
  const e = (key: string) => ({ error: word(key) });

  const nodeIdSchema = z.string(e('node-id-required')).trim().toLowerCase().regex(NODE_ID_RE, e('node-id-invalid'));

  /** A node id or the word "all". */
  const nodeTargetSchema = z.union([z.literal('all'), nodeIdSchema], e('node-target-invalid'));

  const hostSchema = z
    .string(e('node-host-required'))
    .trim()
    .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[?[0-9A-Fa-f:.]+\]?)$/, e('node-host-invalid'))
    .transform((h) => h.replace(/^\[|\]$/g, ''));

  const portSchema = z.coerce.number(e('node-port-not-number')).int(e('node-port-not-integer')).min(1, e('node-port-range')).max(65535, e('node-port-range'));

  const sshUserSchema = z.string(e('node-user-required')).trim().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/, e('node-user-invalid'));

  /** An absolute or ~/ path without shell metacharacters (paths are quoted anyway; this keeps them readable). */
  const homeSchema = z
    .string()
    .trim()
    .regex(/^(~|~\/[^\0\n'"`$\\;|&<>*?]*|\/[^\0\n'"`$\\;|&<>*?]*)$/, e('node-home-invalid'));

  const nameSchema = z.string().trim().min(1, e('node-name-length')).max(64, e('node-name-length')).regex(/^[^<>\n]*$/, e('node-name-invalid'));

  /** A shell command run on the node (as the node user) to restart its gateway. */
  const restartCmdSchema = z
    .string(e('node-restart-cmd-not-text'))
    .trim()
    .min(1, e('node-restart-cmd-empty'))
    .max(1000, e('node-restart-cmd-too-long'))
    .regex(/^[^\0\n\r]*$/, e('node-restart-cmd-one-line'));

  const fingerprintSchema = z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, e('node-fingerprint-invalid'));

  /** The fields that say how to reach a node: shared by /newnode and the config file's `nodes` list. */
  const nodeConnectionShape = {
    id: nodeIdSchema,
    name: nameSchema.optional(),
    host: hostSchema,
    port: portSchema.default(22),
    user: sshUserSchema,
    home: homeSchema.default('~/.openclaw'),
  };

  return { nodeIdSchema, nodeTargetSchema, hostSchema, portSchema, sshUserSchema, homeSchema, nameSchema, restartCmdSchema, fingerprintSchema, nodeConnectionShape };
}

/** The schemas for chat: each problem is a catalog key. */
export const { nodeIdSchema, nodeTargetSchema, hostSchema, portSchema, sshUserSchema, homeSchema, nameSchema, restartCmdSchema, fingerprintSchema, nodeConnectionShape } = nodeSchemas();
