import type { Database } from 'better-sqlite3';
import type { NodeRecord, NodeStatus } from '../nodes/model.js';

interface Row {
  id: string;
  name: string;
  transport: 'local' | 'ssh';
  host: string | null;
  port: number | null;
  ssh_user: string | null;
  oc_home: string;
  key_path: string | null;
  host_key_fp: string | null;
  host_key_state: NodeRecord['hostKeyState'];
  gateway_port: number;
  restart_cmd: string | null;
  declared: number;
  status: NodeStatus;
  status_json: string | null;
  last_error: string | null;
  last_seen_at: number | null;
  created_at: number;
  updated_at: number;
}

function fromRow(r: Row): NodeRecord {
  return {
    id: r.id,
    name: r.name,
    transport: r.transport,
    host: r.host,
    port: r.port,
    sshUser: r.ssh_user,
    ocHome: r.oc_home,
    keyPath: r.key_path,
    hostKeyFp: r.host_key_fp,
    hostKeyState: r.host_key_state,
    gatewayPort: r.gateway_port,
    restartCmd: r.restart_cmd,
    declared: r.declared === 1,
    undeclared: r.declared === 2,
    status: r.status,
    statusJson: r.status_json,
    lastError: r.last_error,
    lastSeenAt: r.last_seen_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export type NewNode = Pick<NodeRecord, 'id' | 'name' | 'transport'> &
  Partial<Pick<NodeRecord, 'host' | 'port' | 'sshUser' | 'ocHome' | 'keyPath' | 'hostKeyFp' | 'hostKeyState' | 'gatewayPort' | 'restartCmd' | 'declared'>>;

export function createNodesRepo(db: Database, now: () => number) {
  const byId = db.prepare<[string], Row>('SELECT * FROM nodes WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM nodes ORDER BY id');
  return {
    get(id: string): NodeRecord | undefined {
      const r = byId.get(id);
      return r ? fromRow(r) : undefined;
    },
    list(): NodeRecord[] {
      return all.all().map(fromRow);
    },
    /** Inserts the node, or updates its connection fields when the id exists. */
    upsert(n: NewNode): NodeRecord {
      const t = now();
      db.prepare(
        `INSERT INTO nodes (id, name, transport, host, port, ssh_user, oc_home, key_path, host_key_fp, host_key_state, gateway_port, restart_cmd, declared, created_at, updated_at)
         VALUES (@id, @name, @transport, @host, @port, @sshUser, @ocHome, @keyPath, @hostKeyFp, @hostKeyState, @gatewayPort, @restartCmd, @declared, @t, @t)
         ON CONFLICT(id) DO UPDATE SET name=excluded.name, transport=excluded.transport, host=excluded.host, port=excluded.port,
           ssh_user=excluded.ssh_user, oc_home=excluded.oc_home, key_path=excluded.key_path, gateway_port=excluded.gateway_port,
           restart_cmd=excluded.restart_cmd, declared=excluded.declared, updated_at=excluded.updated_at`,
      ).run({
        id: n.id,
        name: n.name,
        transport: n.transport,
        host: n.host ?? null,
        port: n.port ?? null,
        sshUser: n.sshUser ?? null,
        ocHome: n.ocHome ?? '~/.openclaw',
        keyPath: n.keyPath ?? null,
        hostKeyFp: n.hostKeyFp ?? null,
        hostKeyState: n.hostKeyState ?? 'none',
        gatewayPort: n.gatewayPort ?? 18789,
        restartCmd: n.restartCmd ?? null,
        declared: n.declared ? 1 : 0,
        t,
      });
      return this.get(n.id)!;
    },
    setStatus(id: string, status: NodeStatus, fields: { statusJson?: string | null; lastError?: string | null; seen?: boolean }): void {
      const t = now();
      db.prepare(
        `UPDATE nodes SET status = ?, status_json = COALESCE(?, status_json), last_error = ?, last_seen_at = CASE WHEN ? THEN ? ELSE last_seen_at END, updated_at = ? WHERE id = ?`,
      ).run(status, fields.statusJson ?? null, fields.lastError ?? null, fields.seen ? 1 : 0, t, t, id);
    },
    setHostKey(id: string, fp: string | null, state: NodeRecord['hostKeyState']): void {
      db.prepare('UPDATE nodes SET host_key_fp = ?, host_key_state = ?, updated_at = ? WHERE id = ?').run(fp, state, now(), id);
    },
    /** A declared node that left the config file: `declared` 2 (1 = declared, 0 = added in chat). */
    markUndeclared(id: string): void {
      db.prepare('UPDATE nodes SET declared = 2, updated_at = ? WHERE id = ? AND declared = 1').run(now(), id);
    },
    remove(id: string): boolean {
      return db.prepare('DELETE FROM nodes WHERE id = ?').run(id).changes > 0;
    },
  };
}

export type NodesRepo = ReturnType<typeof createNodesRepo>;
