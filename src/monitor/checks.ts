import { isMsg, msg, type Msg } from '../core/messages.js';
import type { WatchdogConfig } from '../config.js';
import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { eventMsgOf, type EventRecord, type Severity } from '../store/events-repo.js';
import type { IncidentKind } from '../store/incidents-repo.js';
import type { Store } from '../store/store.js';
import { mapLimit } from '../util/concurrency.js';
import { joinMsgs, plain, textMsg } from './render.js';

/** A condition a check found; it opens an incident (or keeps one open) until a check no longer finds it. */
export interface Finding {
  nodeId: string | null;
  kind: IncidentKind;
  severity: Severity;
  /** Catalog messages, rendered in each alert chat's language. */
  summary: Msg;
  detail: Msg;
}

/** What one check looked at: open incidents of `kind` on `checked` scopes that it did not find again are resolved. */
export interface CheckResult {
  kind: IncidentKind;
  checked: (string | null)[];
  findings: Finding[];
}

export interface CheckContext {
  store: Store;
  nodes: NodeService;
  config: WatchdogConfig;
  /** The real wall clock (clock skew is measured against it even when tests step `now`). */
  wallNow(): number;
  /** Nodes the watchdog considers reachable now. */
  reachable: NodeRecord[];
}

/** The slower checks (every watchdog.slow_interval_s, 5 min by default). */
export type SlowCheck = (ctx: CheckContext) => Promise<CheckResult>;

/** kv keys the backup code writes; the watchdog only reads them. */
export const BACKUP_PUSH_PENDING_KEY = 'backup.push_pending';
const PUSH_EVENTS_CURSOR = 'watchdog.cursor.backup_push_failed';

/** Events after the stored cursor (the first call starts at the newest event: history is not replayed). */
export function takeEvents(store: Store, cursorKey: string, types: string[]) {
  const cursor = store.kv.get<number>(cursorKey);
  if (cursor === undefined) {
    store.kv.set(cursorKey, store.events.lastId());
    return [];
  }
  const events = store.events.ofTypesAfter(types, cursor);
  if (events.length) store.kv.set(cursorKey, events[events.length - 1]!.id);
  return events;
}

/**
 * What an event says, for an alert: its `data.msg` (a catalog message) when the code that wrote
 * it gave one, else its English text as it was recorded.
 */
export function eventMsg(e: Pick<EventRecord, 'message' | 'data'>): Msg {
  const given = eventMsgOf(e);
  return given ? plain(given) : textMsg(e.message);
}

/**
 * Backup push health: backup code writes `backup.push_failed` events and keeps the kv key
 * `backup.push_pending` (commits not yet pushed). A failure opens the incident; it stays open
 * while commits wait, and closes once nothing waits.
 */
export const backupPushCheck: SlowCheck = async ({ store }) => {
  const failures = takeEvents(store, PUSH_EVENTS_CURSOR, ['backup.push_failed']);
  const pending = Number(store.kv.get<number | string>(BACKUP_PUSH_PENDING_KEY) ?? 0) || 0;
  const open = store.incidents.findOpen(null, 'backup_push');
  const findings: Finding[] = [];
  if (failures.length || (open && pending > 0)) {
    const last = failures[failures.length - 1];
    // the open incident's detail is "<error> · N commits not pushed yet": keep its error part
    const before = open?.detail?.key === 'watchdog-backup-push-pending' && isMsg(open.detail.args?.error) ? open.detail.args.error : open?.detail;
    const error = last ? eventMsg(last) : (before ?? msg('watchdog-backup-push-failed'));
    findings.push({
      nodeId: null,
      kind: 'backup_push',
      severity: 'warn',
      summary: msg('watchdog-summary-backup-push'),
      detail: pending ? msg('watchdog-backup-push-pending', { error, pending }) : error,
    });
  }
  return { kind: 'backup_push', checked: [null], findings };
};

/** OCM's own health: the problems app.ts reports (Telegram polling stopped, data disk full…). */
export function selfCheck(problems: () => Msg[]): SlowCheck {
  return async () => {
    const p = problems();
    return { kind: 'ocm', checked: [null], findings: p.length ? [{ nodeId: null, kind: 'ocm', severity: 'critical', summary: msg('watchdog-summary-ocm'), detail: joinMsgs(p, 'watchdog-list-semicolon') }] : [] };
  };
}

/** Clock skew per reachable node: the node's clock against OCM's, halfway through the round trip. */
export const clockSkewCheck: SlowCheck = async ({ nodes, reachable, wallNow, config }) => {
  const checked: string[] = [];
  const findings: Finding[] = [];
  await mapLimit(reachable, 10, async (node) => {
    try {
      const t0 = wallNow();
      const r = await nodes.agent(node).clock();
      const t1 = wallNow();
      checked.push(node.id);
      const skewS = (r.time_ms - (t0 + t1) / 2) / 1000;
      // the agent falls back to whole seconds without a millisecond clock: allow one second more
      if (Math.abs(skewS) > config.clockSkewS + 1) {
        const skew = Math.round(skewS);
        findings.push({
          nodeId: node.id,
          kind: 'clock',
          severity: 'warn',
          summary: msg('watchdog-summary-clock', { node: node.id, skew }),
          detail: msg(skewS > 0 ? 'watchdog-clock-ahead' : 'watchdog-clock-behind', { skew: Math.abs(skew) }),
        });
      }
    } catch {
      // unreachable now: the availability check reports that
    }
  });
  return { kind: 'clock', checked, findings };
};
