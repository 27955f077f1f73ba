import { z } from 'zod';

export const NODE_ID_RE = /^[a-z0-9][a-z0-9-]{0,31}$/;

export const nodeIdSchema = z
  .string({ error: 'a node id is required' })
  .trim()
  .toLowerCase()
  .regex(NODE_ID_RE, { error: 'a node id is 1–32 characters of a-z, 0-9 and -, starting with a letter or digit' });

/** A node id or the word "all". */
export const nodeTargetSchema = z.union([z.literal('all'), nodeIdSchema], {
  error: 'give a node id (a-z, 0-9, -) or "all"',
});

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

export const hostSchema = z
  .string({ error: 'a host is required' })
  .trim()
  .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[?[0-9A-Fa-f:.]+\]?)$/, {
    error: 'a host is a DNS name or an IP address (letters, digits, dots, dashes; no spaces or quotes)',
  })
  .transform((h) => h.replace(/^\[|\]$/g, ''));

export const portSchema = z.coerce
  .number({ error: 'a port is a number' })
  .int({ error: 'a port is a whole number' })
  .min(1, { error: 'a port is 1–65535' })
  .max(65535, { error: 'a port is 1–65535' });

export const sshUserSchema = z
  .string({ error: 'an SSH user is required' })
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/, { error: 'an SSH user name is letters, digits, _ . - (no spaces or quotes)' });

/** An absolute or ~/ path without shell metacharacters (paths are quoted anyway; this keeps them readable). */
export const homeSchema = z
  .string()
  .trim()
  .regex(/^(~|~\/[^\0\n'"`$\\;|&<>*?]*|\/[^\0\n'"`$\\;|&<>*?]*)$/, {
    error: 'a path starts with / or ~/ and has no quotes, $, ;, |, &, <, >, * or backslashes',
  });

export const nameSchema = z.string().trim().min(1).max(64).regex(/^[^<>\n]*$/, { error: 'a name has no < > or line breaks' });

/** A shell command run on the node (as the node user) to restart its gateway. */
export const restartCmdSchema = z
  .string({ error: 'a restart command is text' })
  .trim()
  .min(1, { error: 'a restart command is not empty' })
  .max(1000, { error: 'a restart command is at most 1000 characters' })
  .regex(/^[^\0\n\r]*$/, { error: 'a restart command is one line' });

export const fingerprintSchema = z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, { error: 'a host key fingerprint looks like SHA256: followed by 43 characters' });

/** kv key: the host key a node presented last without being trusted, so /trusthost pins exactly that one. */
export function presentedKey(nodeId: string): string {
  return `hostkey.presented.${nodeId}`;
}

/** The fields that say how to reach a node: shared by /newnode and the config file's `nodes` list. */
export const nodeConnectionShape = {
  id: nodeIdSchema,
  name: nameSchema.optional(),
  host: hostSchema,
  port: portSchema.default(22),
  user: sshUserSchema,
  home: homeSchema.default('~/.openclaw'),
};
