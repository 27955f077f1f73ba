import type { Database } from 'better-sqlite3';
import { cleanText } from '../util/sanitize.js';

/** Last guard: an error message may quote node output; it is stored bounded and without escape sequences. */
const MAX_AUDIT_ERROR = 1000;

export type AuditResult = 'succeeded' | 'failed' | 'denied' | 'cancelled' | 'expired';

export interface AuditEntry {
  operationId?: string | null;
  operator: string;
  operatorDetail?: string | null;
  action: string;
  target?: string | null;
  params?: string | null;
  result: AuditResult;
  errorMessage?: string | null;
  durationMs?: number | null;
}

export interface AuditRow extends Required<AuditEntry> {
  id: number;
  createdAt: number;
}

export function createAuditRepo(db: Database, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO audit_log (operation_id, operator, operator_detail, action, target, params, result, error_message, duration_ms, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    add(e: AuditEntry): void {
      const errorMessage = e.errorMessage ? cleanText(e.errorMessage, { multiline: true, max: MAX_AUDIT_ERROR }) : (e.errorMessage ?? null);
      insert.run(e.operationId ?? null, e.operator, e.operatorDetail ?? null, e.action, e.target ?? null, e.params ?? null, e.result, errorMessage, e.durationMs ?? null, now());
    },
    recent(limit: number): AuditRow[] {
      return db
        .prepare<[number], Record<string, unknown>>(
          `SELECT id, operation_id AS operationId, operator, operator_detail AS operatorDetail, action, target, params, result,
                  error_message AS errorMessage, duration_ms AS durationMs, created_at AS createdAt
           FROM audit_log ORDER BY id DESC LIMIT ?`,
        )
        .all(limit) as unknown as AuditRow[];
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
