import type { Actor, Reply } from '../actions/types.js';
import type { AuditResult } from '../store/audit-repo.js';

/** Every way into OCM (slash command, plain text, button, job, alert) becomes one of these. */
export interface Invocation {
  action: string;
  /** Raw parameters; the pipeline validates them with the action's schema. */
  params: unknown;
  /** Words of a slash command that matched no parameter: refused, never silently dropped. */
  extra?: string[];
  actor: Actor;
  /** Where prompts and replies go; null for jobs that report elsewhere. */
  chatId: number | null;
  via: 'command' | 'text' | 'button' | 'cron' | 'alert' | 'system';
}

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
