/**
 * The one way to put a value into a remote shell command: POSIX single quotes, with embedded
 * single quotes closed, escaped and reopened. Values are validated by zod before they get here.
 */
export function quote(value: string | number): string {
  const s = String(value);
  if (/^[A-Za-z0-9_./=:@%+-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A path that may start with "~/": the tilde stays outside the quotes so the remote shell expands it. */
export function quotePath(path: string): string {
  if (path === '~') return '~';
  if (path.startsWith('~/')) return `~/${quote(path.slice(2))}`;
  return quote(path);
}

export function command(parts: readonly (string | number)[]): string {
  return parts.map(quote).join(' ');
}
