import type { WatchdogConfig } from '../config.js';
import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import type { Severity } from '../store/events-repo.js';
import type { IncidentKind } from '../store/incidents-repo.js';
import type { Store } from '../store/store.js';
import { mapLimit } from '../util/concurrency.js';

/** A condition a check found; it opens an incident (or keeps one open) until a check no longer finds it. */
export interface Finding {
  nodeId: string | null;
  kind: IncidentKind;
  severity: Severity;
  summary: string;
  detail: string;
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
    findings.push({
      nodeId: null,
      kind: 'backup_push',
      severity: 'warn',
      summary: 'backup push to the remote is failing',
      detail: `${last ? last.message : (open?.detail ?? 'push failed')}${pending ? ` · ${pending} commit${pending === 1 ? '' : 's'} not pushed yet` : ''}`,
    });
  }
  return { kind: 'backup_push', checked: [null], findings };
};

/** OCM's own health: the problems app.ts reports (Telegram polling stopped, data disk full…). */
export function selfCheck(problems: () => string[]): SlowCheck {
  return async () => {
    const p = problems();
    return { kind: 'ocm', checked: [null], findings: p.length ? [{ nodeId: null, kind: 'ocm', severity: 'critical', summary: 'OCM itself is unwell', detail: p.join('; ') }] : [] };
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
        findings.push({ nodeId: node.id, kind: 'clock', severity: 'warn', summary: `${node.id}: clock is off by ${Math.round(skewS)} s`, detail: `its clock is ${Math.abs(Math.round(skewS))} s ${skewS > 0 ? 'ahead of' : 'behind'} OCM's — check NTP on the node` });
      }
    } catch {
      // unreachable now: the availability check reports that
    }
  });
  return { kind: 'clock', checked, findings };
};
