import type { Html } from '../core/messages.js';
import { msg, type Msg, type MsgArg } from '../i18n/index.js';

type Item = Msg | string | Html;

/**
 * Messages the backup code builds before it knows who reads them (warnings, errors, agent
 * reasons): lists as nested messages, so that each reader's language joins them its own way.
 */

/** `a, b, c` (the locale's list separator); a single item as it is, none as ''. */
export function joinMsgs(items: readonly Item[], key = 'backup-list-comma'): MsgArg {
  if (!items.length) return '';
  return items.slice(1).reduce<Item>((a, b) => msg(key, { a, b }), items[0]!);
}

/** Lines under each other (plain text or HTML, as the caller renders them). */
export function joinLines(items: readonly Item[]): MsgArg {
  return joinMsgs(items, 'backup-list-lines');
}

/** The first `max` items, with a "…" when there were more. */
export function firstOf(items: readonly Item[], max: number): MsgArg {
  const list = joinMsgs(items.slice(0, max));
  return items.length > max ? msg('backup-list-more', { list }) : list;
}

// The node agent (agent/src/cmd) answers in English on its stderr or in its JSON; the sentences it
// is known to say are shown from the catalog in the reader's language, anything else as it came.
const AGENT_REASONS: [RegExp, (m: RegExpExecArray) => Msg][] = [
  [/^OpenClaw home (.+) does not exist on this node$/, (m) => msg('backup-agent-no-home', { home: m[1] })],
  [/^cannot create a temporary folder on the node$/, () => msg('backup-agent-no-temp')],
  [/^cannot read the workspace (.+)$/, (m) => msg('backup-agent-cannot-read-workspace', { path: m[1] })],
  [/^cannot read (.+)$/, (m) => msg('backup-agent-cannot-read', { path: m[1] })],
  [/^tar failed while packing the backup$/, () => msg('backup-agent-tar-failed')],
  [/^openclaw CLI not found$/, () => msg('backup-agent-no-cli')],
  [/^cron list printed no JSON$/, () => msg('backup-agent-cron-no-json')],
  [/^openclaw cron list failed(?:: (.*))?$/, (m) => (m[1] ? msg('backup-agent-cron-failed-because', { why: m[1] }) : msg('backup-agent-cron-failed'))],
  [/^the gateway was not healthy within (\d+) s after the restore$/, (m) => msg('backup-agent-not-healthy', { seconds: Number(m[1]) })],
  [/^copying the restored files failed$/, () => msg('backup-agent-copy-failed')],
];

/** A sentence of the node agent as a message when it is one the catalog knows, else the text itself (already bounded by the caller). */
export function agentReason(text: string): Msg | string {
  for (const [re, make] of AGENT_REASONS) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return text;
}
