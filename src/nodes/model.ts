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
