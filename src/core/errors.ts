import { englishOf, hasKey, type Msg, type MsgArgs } from './messages.js';

/**
 * A problem the operator can act on. It carries a message key and its parameters (rendered in the
 * chat's language at the edge) and, optionally, the next step as a second message. The key's
 * `.hint` attribute in the catalog is the default next step. `.message` is the English text, for
 * logs and the audit log.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly msg: Msg;
  readonly hint?: Msg;
  constructor(key: string, args?: MsgArgs, hint?: Msg) {
    super();
    this.msg = args ? { key, args } : { key };
    if (hint) this.hint = hint;
  }
  override get message(): string {
    return englishOf(this.msg);
  }
}

/** A failure of a system outside OCM (SSH, git, Telegram, Claude…), wrapping the raw cause. */
export class ExternalError extends Error {
  override readonly name = 'ExternalError';
  readonly msg: Msg;
  constructor(readonly service: string, key: string, args?: MsgArgs, override readonly cause?: unknown) {
    super();
    this.msg = args ? { key, args } : { key };
  }
  override get message(): string {
    return englishOf(this.msg);
  }
}

/**
 * What the operator is told about any error, as a message: the error's own with its next step,
 * "service: …" for external failures, and a fixed sentence for bugs (raw causes stay in the log).
 */
export function errorMsg(err: unknown): Msg {
  if (err instanceof UserError) {
    const hintKey = `${err.msg.key.split('.')[0]}.hint`;
    const hint = err.hint ?? (hasKey(hintKey) ? { key: hintKey, args: err.msg.args ?? {} } : undefined);
    return hint ? { key: 'error-with-hint', args: { error: err.msg, hint } } : err.msg;
  }
  if (err instanceof ExternalError) return { key: 'error-external', args: { service: err.service, error: err.msg } };
  return { key: 'error-internal' };
}

/** The English sentence for any error (logs, audit rows, non-chat callers). */
export function describeError(err: unknown): string {
  return englishOf(errorMsg(err));
}
