import type { Actor, Invocation, Reply } from '../core/types.js';
import type { AuditResult } from '../store/audit-repo.js';

export type { Invocation };

export interface Outcome {
  operationId: string | null;
  result: AuditResult;
  reply?: Reply;
  error?: string;
}

export interface Dispatched {
  /** Settles once the request is in flight (prompt shown, queued, or refused); the next input can be read. */
  accepted: Promise<void>;
  /** Settles when the invocation has ended and its audit row is written. */
  done: Promise<Outcome>;
}

export function isInternal(actor: Actor): boolean {
  return actor.kind === 'cron' || actor.kind === 'system';
}

export function operatorDetail(actor: Actor): string {
  return `${actor.kind}:${actor.id}${actor.name && actor.name !== actor.id ? ` (${actor.name})` : ''}`;
}

export function actorLabel(actor: Actor): string {
  return actor.name ?? `${actor.kind}:${actor.id}`;
}
