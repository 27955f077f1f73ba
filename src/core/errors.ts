/** A problem the operator can act on: its message is shown in chat as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** A failure of a system outside OCM (SSH, git, Telegram, Claude…), wrapping the raw cause. */
export class ExternalError extends Error {
  override readonly name = 'ExternalError';
  constructor(readonly service: string, message: string, override readonly cause?: unknown) {
    super(message);
  }
}

/** The sentence shown to the operator for any error; raw causes stay in the log. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.hint ? `${err.message} — ${err.hint}` : err.message;
  if (err instanceof ExternalError) return `${err.service}: ${err.message}`;
  return 'internal error (details are in the OCM log)';
}
