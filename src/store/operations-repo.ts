import type { Database } from 'better-sqlite3';

export type OperationState = 'received' | 'awaiting_confirmation' | 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'expired' | 'denied';

export const FINAL_STATES: ReadonlySet<OperationState> = new Set(['succeeded', 'failed', 'cancelled', 'expired', 'denied']);

export interface OperationRow {
  id: string;
  action: string;
  target: string | null;
  params: string | null;
  operator: string;
  operatorDetail: string | null;
  chatId: number | null;
  state: OperationState;
  errorMessage: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

const SELECT = `SELECT id, action, target, params, operator, operator_detail AS operatorDetail, chat_id AS chatId, state,
  error_message AS errorMessage, created_at AS createdAt, started_at AS startedAt, finished_at AS finishedAt FROM operations`;

/** Durable queue state: what was asked, where it stands. Survives a crash so the next start can report it. */
export function createOperationsRepo(db: Database, now: () => number) {
  return {
    create(o: Pick<OperationRow, 'id' | 'action' | 'target' | 'params' | 'operator' | 'operatorDetail' | 'chatId'>): void {
      db.prepare(
        `INSERT INTO operations (id, action, target, params, operator, operator_detail, chat_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?)`,
      ).run(o.id, o.action, o.target, o.params, o.operator, o.operatorDetail, o.chatId, now());
    },
    setState(id: string, state: OperationState, errorMessage?: string | null): void {
      const t = now();
      db.prepare(
        `UPDATE operations SET state = ?, error_message = COALESCE(?, error_message),
           started_at = CASE WHEN ? = 'running' THEN ? ELSE started_at END,
           finished_at = CASE WHEN ? IN ('succeeded','failed','cancelled','expired','denied') THEN ? ELSE finished_at END
         WHERE id = ?`,
      ).run(state, errorMessage ?? null, state, t, state, t, id);
    },
    get(id: string): OperationRow | undefined {
      return db.prepare<[string], OperationRow>(`${SELECT} WHERE id = ?`).get(id);
    },
    unfinished(): OperationRow[] {
      return db.prepare<[], OperationRow>(`${SELECT} WHERE state NOT IN ('succeeded','failed','cancelled','expired','denied') ORDER BY created_at`).all();
    },
  };
}

export type OperationsRepo = ReturnType<typeof createOperationsRepo>;
