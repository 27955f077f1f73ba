import { asText, isMsg, msg, type Msg, type MsgReply } from '../core/messages.js';
import type { WatchdogConfig } from '../config.js';
import { durationMsg, en, type RenderLocale } from '../i18n/index.js';
import type { Logger } from '../log.js';
import type { NodeRecord, NodeStatus } from '../nodes/model.js';
import { stateMsg } from '../nodes/cards.js';
import type { NodeService } from '../nodes/service.js';
import type { Messenger } from '../pipeline/messenger.js';
import { storeMsg } from '../store/alerts-repo.js';
import { eventMsgOf, type Severity } from '../store/events-repo.js';
import type { Incident } from '../store/incidents-repo.js';
import type { Store } from '../store/store.js';
import { mapLimit } from '../util/concurrency.js';
import { eventMsg, takeEvents, type CheckResult, type SlowCheck } from './checks.js';
import { createDebouncer } from './debounce.js';
import { checkNode, type Observation } from './health.js';
import { createLogKeywords } from './log-keywords.js';
import { createOutbox } from './outbox.js';
import { isAvailability, joinMsgs, plain, renderEscalation, renderGroup, renderLogDigest, renderRecovery, type ButtonMaker, type RenderContext } from './render.js';

export const LAST_CYCLE_KEY = 'watchdog.last_cycle_at';

export interface WatchdogDeps {
  config: WatchdogConfig;
  store: Store;
  nodes: NodeService;
  log: Logger;
  /** OCM's clock for states and escalation; tests step it. */
  now: () => number;
  /** The real wall clock, for clock skew (default Date.now). */
  wallNow?: () => number;
  messenger: Messenger;
  /** Where alerts go: watchdog.alert_chat_ids, else the owners (or the console chat). */
  chats(): number[];
  /** The language of a chat (ModuleDeps.languages.resolve): each alert chat gets its own rendering. */
  locale(chatId: number): RenderLocale;
  button: ButtonMaker;
  /** Runs a catalog action through the pipeline as the internal actor `system` (no confirmation, audited). */
  runAction(action: string, params: Record<string, unknown>): Promise<{ ok: boolean; error?: string; data?: Record<string, unknown> | null }>;
  slowChecks?: SlowCheck[];
  fanout?: number;
}

type Out = { type: 'alert' | 'escalation' | 'recovery'; incident: Incident } | { type: 'notice'; reply: MsgReply };

/** English, for a node's last error (a record, like log lines). */
const english = (m: Msg) => en.msgText(m);
const same = (a: Msg | null | undefined, b: Msg | null | undefined) => storeMsg(a) === storeMsg(b);

/**
 * The watchdog: every `interval_s` each node is checked in layers (SSH, then agent health); a
 * node's state changes after `consecutive` identical results; incidents escalate at
 * alert_after / escalate_after / critical_after; messages go through a durable outbox.
 */
export function createWatchdog(deps: WatchdogDeps) {
  const { config: cfg, store, nodes, log, now } = deps;
  const states = createDebouncer<NodeStatus>(cfg.consecutive);
  const flags = createDebouncer<boolean>(cfg.consecutive);
  const outbox = createOutbox({ store, messenger: deps.messenger, log, now, locale: deps.locale });
  const logs = createLogKeywords({ store, nodes, patterns: cfg.logPatterns, everyMs: cfg.logDigestEveryS * 1000, now });
  const lastObs = new Map<string, Observation>();
  const lastRendered = new Map<number, string>();
  const background = new Set<Promise<unknown>>();
  const lastGood = new Map<string, Observation>();
  const ctx: RenderContext = { node: (id) => store.nodes.get(id), silence: (id) => store.silences.covering(id), state: (id) => resources(lastGood.get(id)), button: deps.button };
  /** Node ids reachable at the last cycle: the slow checks contact only these. */
  let lastReachable: string[] = [];
  let cycle: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let active = false;

  function track(p: Promise<unknown>): void {
    background.add(p);
    void p.finally(() => background.delete(p));
  }

  function availability(nodeId: string): Incident | undefined {
    return store.incidents.findOpen(nodeId, 'offline') ?? store.incidents.findOpen(nodeId, 'gateway');
  }

  /** A confirmed state that is an incident: offline, or degraded with OpenClaw installed. */
  function badKind(state: NodeStatus, obs: Observation | undefined): 'offline' | 'gateway' | null {
    if (state === 'offline') return 'offline';
    if (state === 'degraded' && obs?.openclawInstalled !== false) return 'gateway';
    return null;
  }

  function fixedBy(inc: Incident): Msg {
    const restarted = store.events
      .recent(20, inc.nodeId ?? undefined)
      .find((e) => e.type === 'gateway.restarted' && e.createdAt >= inc.startedAt);
    if (restarted) {
      const by = (restarted.data as { by?: string } | null)?.by;
      return by === 'watchdog' ? msg('watchdog-fixed-auto-restart') : by ? msg('watchdog-fixed-restart-by', { by }) : msg('watchdog-fixed-restart');
    }
    return msg(inc.kind === 'offline' ? 'watchdog-fixed-ssh-back' : 'watchdog-fixed-gateway-back');
  }

  function observe(node: NodeRecord, obs: Observation, out: Out[]): void {
    const before = lastGood.get(node.id);
    lastObs.set(node.id, obs);
    if (obs.sshOk) lastGood.set(node.id, obs);
    const change = states.observe(node.id, node.status, obs.state, obs.at);
    const confirmed: NodeStatus = change ? change.to : node.status;
    const reason = obs.reason ? english(obs.reason) : null;
    store.nodes.setStatus(node.id, confirmed, { lastError: reason, seen: obs.sshOk });
    if (change) {
      const sev: Severity = change.to === 'offline' ? 'critical' : change.to === 'degraded' ? 'warn' : 'info';
      store.events.add({ nodeId: node.id, type: 'node.state', severity: sev, message: obs.reason ? msg('event-node-state-reason', { node: node.id, from: stateMsg(change.from), to: stateMsg(change.to), reason: asText(obs.reason, node.id) }) : msg('event-node-state', { node: node.id, from: stateMsg(change.from), to: stateMsg(change.to) }), data: { from: change.from, to: change.to, since: change.since } });
    }
    const kind = badKind(confirmed, obs);
    const inc = availability(node.id);
    if (kind) {
      const summary = msg(kind === 'offline' ? 'watchdog-summary-offline' : 'watchdog-summary-gateway', { node: node.id });
      if (!inc) {
        const startedAt = change?.since ?? obs.at;
        // offline: when and how OCM last saw it; gateway down: the machine as it is now
        const seen = kind === 'offline' ? (before && before.at < startedAt ? before : undefined) : obs;
        const lastSeenAt = kind === 'offline' ? (seen?.at ?? node.lastSeenAt) : null;
        const opened = store.incidents.open({ nodeId: node.id, kind, severity: 'critical', summary, detail: obs.reason, startedAt, lastSeenAt, lastState: resources(seen) });
        store.events.add({ nodeId: node.id, type: 'incident.opened', severity: 'warn', message: msg('event-incident-opened', { summary, id: opened.id }), data: { incident: opened.id } });
      } else if (inc.kind !== kind || (obs.state === confirmed && obs.reason && !same(obs.reason, inc.detail))) {
        store.incidents.update(inc.id, { kind, summary, ...(obs.state === confirmed && obs.reason ? { detail: obs.reason } : {}) });
      }
    } else if (inc && change) {
      const done = store.incidents.resolve(inc.id, fixedBy(inc));
      store.events.add({ nodeId: node.id, type: 'node.recovered', severity: 'info', message: msg('event-node-recovered', { node: node.id, state: stateMsg(confirmed), duration: durationMsg(now() - inc.startedAt), fix: done.resolution ?? msg('watchdog-resolution-not-found') }), data: { incident: inc.id } });
      if (done.groupId !== null) out.push({ type: 'recovery', incident: done });
    }
    if (obs.sshOk) resourceFlags(node, obs);
  }

  function resourceFlags(node: NodeRecord, obs: Observation): void {
    const rules = [
      { kind: 'disk' as const, pct: obs.diskPct, limit: cfg.diskWarnPct, severity: 'info' as const },
      { kind: 'memory' as const, pct: obs.memPct, limit: cfg.memWarnPct, severity: 'warn' as const },
    ];
    for (const r of rules) {
      if (r.pct === null) continue;
      const open = store.incidents.findOpen(node.id, r.kind);
      const change = flags.observe(`${r.kind}:${node.id}`, Boolean(open), r.pct >= r.limit, obs.at);
      const pct = Math.round(r.pct);
      if (change?.to && !open) {
        const summary = msg(`watchdog-summary-${r.kind}`, { node: node.id, pct });
        const inc = store.incidents.open({ nodeId: node.id, kind: r.kind, severity: r.severity, summary, detail: msg('watchdog-detail-threshold', { limit: r.limit }), startedAt: change.since });
        store.events.add({ nodeId: node.id, type: 'incident.opened', severity: r.severity, message: msg('event-incident-opened-threshold', { summary, limit: r.limit }), data: { incident: inc.id } });
      } else if (change && !change.to && open) {
        const back = msg(`watchdog-back-to-${r.kind}`, { pct });
        store.incidents.resolve(open.id, back);
        store.events.add({ nodeId: node.id, type: 'incident.resolved', severity: 'info', message: msg('event-incident-back', { node: node.id, back }), data: { incident: open.id } });
      }
    }
  }

  /** The level an open incident has reached by now: 1 alert, 2 escalated, 3 critical (availability only). */
  function targetLevel(inc: Incident, t: number): number {
    if (!isAvailability(inc)) return inc.severity === 'info' ? 0 : 1;
    const e = (t - inc.startedAt) / 1000;
    return e >= cfg.criticalAfterS ? 3 : e >= cfg.escalateAfterS ? 2 : e >= cfg.alertAfterS ? 1 : 0;
  }

  function escalate(out: Out[]): void {
    const t = now();
    const open = store.incidents.listOpen();
    // failures a moment apart (nodes behind one router) go out together: when one alert is due,
    // those that would be due within two more checks are sent with it, as one digest
    const firstDue = open.some((i) => isAvailability(i) && i.level === 0 && targetLevel(i, t) >= 1);
    const soon = (i: Incident) => firstDue && isAvailability(i) && i.level === 0 && (t - i.startedAt) / 1000 >= cfg.alertAfterS - 2 * cfg.intervalS;
    for (const inc of open) {
      const target = Math.max(targetLevel(inc, t), soon(inc) ? 1 : 0);
      const silence = store.silences.covering(inc.nodeId);
      const raise = target > inc.level;
      // an alert held back by a silence that has ended since
      const owed = inc.groupId === null && inc.level > 0 && !silence;
      if (!raise && !owed) continue;
      const next = store.incidents.update(inc.id, { level: Math.max(inc.level, target), muted: Boolean(silence) && inc.groupId === null });
      if (inc.level === 0 && isAvailability(inc)) autoRecover(next);
      if (silence) {
        if (raise) {
          store.events.add({
            nodeId: inc.nodeId,
            type: 'alert.muted',
            severity: inc.severity,
            message: msg(silence.kind === 'mute' ? 'event-alert-held-muted' : 'event-alert-held-maintenance', { summary: inc.summary, until: new Date(silence.untilAt) }),
            data: { incident: inc.id, level: target },
          });
        }
        continue;
      }
      if (next.groupId === null) out.push({ type: 'alert', incident: next });
      else if (raise) out.push({ type: 'escalation', incident: next });
    }
  }

  function autoRecover(inc: Incident): void {
    if (!inc.nodeId || inc.recovery) return;
    const nodeId = inc.nodeId;
    if (store.silences.active().some((s) => s.kind === 'maintenance' && s.scope === nodeId)) return;
    if (inc.kind === 'offline') {
      store.incidents.update(inc.id, { recovery: msg('watchdog-auto-ssh-fails') });
      return;
    }
    if (!cfg.autoRestart) return;
    store.incidents.update(inc.id, { recovery: msg('watchdog-auto-restarting') });
    store.events.add({ nodeId, type: 'watchdog.auto_restart', severity: 'warn', message: msg('event-auto-restart', { node: nodeId, since: new Date(inc.startedAt) }), data: { incident: inc.id } });
    track(
      deps.runAction('restart', { target: nodeId }).then(
        (r) => {
          const pid = r.data?.pid;
          const text = r.ok
            ? msg('watchdog-auto-restarted', { pid: typeof pid === 'number' || typeof pid === 'string' ? pid : '?' })
            : r.error
              ? msg('watchdog-auto-failed', { error: r.error })
              : msg('watchdog-auto-failed-unknown');
          if (store.incidents.get(inc.id)?.state === 'open' || r.ok) store.incidents.update(inc.id, { recovery: text });
          store.events.add({ nodeId, type: r.ok ? 'watchdog.auto_restart_ok' : 'watchdog.auto_restart_failed', severity: r.ok ? 'info' : 'critical', message: msg('event-auto-restart-result', { node: nodeId, result: text }), data: { incident: inc.id } });
        },
        (err: unknown) => log.error({ err, node: nodeId }, 'automatic restart could not be dispatched'),
      ),
    );
  }

  function reconcile(r: CheckResult, out: Out[]): void {
    const found = new Set(r.findings.map((f) => f.nodeId ?? ''));
    for (const f of r.findings) {
      const open = store.incidents.findOpen(f.nodeId, f.kind);
      if (!open) {
        const inc = store.incidents.open({ ...f, startedAt: now() });
        store.events.add({ nodeId: f.nodeId, type: 'incident.opened', severity: f.severity, message: msg('event-incident-opened-detail', { summary: f.summary, detail: f.detail }), data: { incident: inc.id } });
      } else if (!same(open.detail, f.detail) || !same(open.summary, f.summary)) store.incidents.update(open.id, { detail: f.detail, summary: f.summary });
    }
    for (const inc of store.incidents.listOpen().filter((i) => i.kind === r.kind)) {
      if (!r.checked.includes(inc.nodeId) || found.has(inc.nodeId ?? '')) continue;
      const done = store.incidents.resolve(inc.id, msg('watchdog-resolution-not-found'));
      store.events.add({ nodeId: inc.nodeId, type: 'incident.resolved', severity: 'info', message: msg('event-incident-resolved', { summary: inc.summary }), data: { incident: inc.id } });
      if (done.groupId !== null) out.push({ type: 'notice', reply: { msg: msg('watchdog-notice-resolved', { summary: done.summary }), silent: true } });
    }
  }

  function notices(list: NodeRecord[], out: Out[]): void {
    for (const e of takeEvents(store, 'watchdog.cursor.backup_failed', ['backup.failed'])) {
      const silence = store.silences.covering(e.nodeId);
      if (silence) {
        store.events.add({ nodeId: e.nodeId, type: 'alert.muted', severity: 'warn', message: e.nodeId ? msg('event-backup-alert-muted-on', { node: e.nodeId }) : msg('event-backup-alert-muted'), data: { event: e.id } });
        continue;
      }
      const buttons = e.nodeId ? [[deps.button(msg('watchdog-button-mute'), 'mute', `${e.nodeId} 1h`)]] : undefined;
      // a node's failure: the error alone (the notice names the node); else the event's whole sentence
      const written = eventMsgOf(e);
      const error = written?.key === 'event-backup-failed' ? written.args?.error : undefined;
      const what = isMsg(error) ? plain(error, e.nodeId ?? undefined) : eventMsg(e);
      const text = e.nodeId ? msg('watchdog-notice-backup-failed-on', { node: e.nodeId, error: what }) : msg('watchdog-notice-backup-failed', { error: what });
      out.push({ type: 'notice', reply: { msg: text, ...(buttons ? { buttons } : {}) } });
      store.events.add({ nodeId: e.nodeId, type: 'alert.sent', severity: 'warn', message: e.nodeId ? msg('event-backup-alert-sent-on', { node: e.nodeId }) : msg('event-backup-alert-sent'), data: { event: e.id } });
    }
    for (const node of list) {
      const due = logs.takeDue(node.id);
      if (!due) continue;
      const total = Object.values(due.counts).reduce((a, n) => a + n, 0);
      store.events.add({ nodeId: node.id, type: 'log.keywords', severity: 'warn', message: msg('event-log-keywords', { node: node.id, count: total, keywords: Object.keys(due.counts).join('/'), since: new Date(due.since) }), data: due });
      if (!store.silences.covering(node.id)) out.push({ type: 'notice', reply: renderLogDigest(node.id, due.counts, due.samples, due.since, ctx) });
    }
  }

  /** Folds many messages of one kind into one digest; queues everything in the outbox. */
  function emit(out: Out[]): void {
    const chats = deps.chats();
    const many = (n: number) => n >= cfg.digestMin;
    const alerts = out.flatMap((o) => (o.type === 'alert' ? [o.incident] : []));
    const groups = many(alerts.length) ? [alerts] : alerts.map((a) => [a]);
    for (const g of groups) {
      if (!g.length) continue;
      const groupId = store.alerts.newGroup(g.map((i) => i.id));
      const fresh = g.map((i) => store.incidents.update(i.id, { groupId }));
      const reply = renderGroup(fresh, ctx);
      lastRendered.set(groupId, JSON.stringify(reply));
      outbox.send(chats, reply, groupId);
      for (const i of fresh) {
        store.events.add({ nodeId: i.nodeId, type: 'alert.sent', severity: i.severity, message: g.length > 1 ? msg('event-alert-sent-digest', { summary: i.summary, count: g.length }) : msg('event-alert-sent', { summary: i.summary }), data: { incident: i.id, group: groupId } });
      }
    }
    for (const type of ['escalation', 'recovery'] as const) {
      const list = out.flatMap((o) => (o.type === type ? [o.incident] : []));
      const render = type === 'escalation' ? renderEscalation : renderRecovery;
      for (const g of many(list.length) ? [list] : list.map((i) => [i])) {
        if (!g.length) continue;
        outbox.send(chats, render(g, ctx));
        if (type !== 'escalation') continue;
        for (const i of g) {
          store.events.add({ nodeId: i.nodeId, type: 'alert.escalated', severity: i.level >= 3 ? 'critical' : 'warn', message: msg(i.level >= 3 ? 'event-alert-critical' : 'event-alert-escalated', { summary: i.summary }), data: { incident: i.id } });
        }
      }
    }
    const plain = out.flatMap((o) => (o.type === 'notice' ? [o.reply] : []));
    if (many(plain.length)) outbox.send(chats, { msg: joinMsgs(plain.map((r) => r.msg), 'watchdog-paragraphs'), ...(plain.every((r) => r.silent) ? { silent: true } : {}) });
    else for (const r of plain) outbox.send(chats, r);
  }

  /** Re-renders alert messages of incidents that changed; the outbox edits them. */
  function refresh(): void {
    const groupIds = new Set<number>();
    for (const inc of store.incidents.listOpen()) if (inc.groupId !== null) groupIds.add(inc.groupId);
    for (const inc of store.incidents.recent(50)) if (inc.state === 'resolved' && inc.groupId !== null && lastRendered.has(inc.groupId)) groupIds.add(inc.groupId);
    for (const g of groupIds) {
      const incidents = store.alerts.groupIncidents(g).flatMap((id) => store.incidents.get(id) ?? []);
      const reply = renderGroup(incidents, ctx);
      const key = JSON.stringify(reply);
      const before = lastRendered.get(g);
      if (before !== undefined && before !== key) outbox.edit(deps.chats(), g, reply);
      if (incidents.every((i) => i.state === 'resolved')) lastRendered.delete(g);
      else lastRendered.set(g, key);
    }
  }

  async function runCycleOnce(): Promise<void> {
    const out: Out[] = [];
    const all = store.nodes.list();
    const ids = new Set(all.map((n) => n.id));
    for (const inc of store.incidents.listOpen()) {
      if (inc.nodeId && !ids.has(inc.nodeId)) store.incidents.resolve(inc.id, msg('watchdog-resolution-node-removed'));
    }
    // a node whose host key is not trusted is not contacted; its own message already went out
    const watched = all.filter((n) => n.transport === 'local' || n.hostKeyState === 'pinned');
    const observations = await mapLimit(watched, deps.fanout ?? 10, async (n) => {
      // a node that failed last time gets a fresh connection attempt, not the pool's backoff
      if (lastObs.get(n.id)?.sshOk === false) await nodes.drop(n.id);
      return checkNode(nodes, n, now);
    });
    for (const [i, node] of watched.entries()) observe(node, observations[i]!, out);
    const reachable = watched.filter((n, i) => observations[i]!.sshOk && observations[i]!.openclawInstalled !== false);
    await mapLimit(reachable, deps.fanout ?? 10, (n) => logs.scan(n).catch((err: unknown) => log.debug({ err, node: n.id }, 'log scan failed')));
    notices(reachable, out);
    lastReachable = watched.filter((_n, i) => observations[i]!.sshOk).map((n) => n.id);
    // once per cycle, after every check: an incident is alerted at most once here
    escalate(out);
    emit(out);
    refresh();
    store.kv.set(LAST_CYCLE_KEY, String(now()));
    await outbox.flush();
  }

  // the cycle and the slow checks both reconcile incidents and emit alerts: one at a time
  let exclusive: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = exclusive.then(fn);
    exclusive = p.catch(() => undefined);
    return p;
  }

  /** The slow checks (a scheduler job dispatches them every slow_interval_s); never at the same time as a cycle. */
  async function slowChecksOnce(): Promise<number> {
    const out: Out[] = [];
    const reachable = lastReachable.flatMap((id) => store.nodes.get(id) ?? []);
    const checkCtx = { store, nodes, config: cfg, wallNow: deps.wallNow ?? Date.now, reachable };
    let findings = 0;
    for (const check of deps.slowChecks ?? []) {
      try {
        const r = await check(checkCtx);
        findings += r.findings.length;
        reconcile(r, out);
      } catch (err) {
        log.warn({ err }, 'watchdog check failed');
      }
    }
    escalate(out);
    emit(out);
    refresh();
    await outbox.flush();
    return findings;
  }

  function schedule(): void {
    if (!active) return;
    timer = setTimeout(() => {
      void watchdog.runCycle().finally(schedule);
    }, cfg.intervalS * 1000);
  }

  const watchdog = {
    /** One check of every node plus what follows from it (alerts, escalations, recoveries, delivery). */
    runCycle(): Promise<void> {
      cycle ??= serial(runCycleOnce)
        .catch((err: unknown) => log.error({ err }, 'watchdog cycle failed'))
        .finally(() => (cycle = null));
      return cycle;
    },
    /** The slow checks (backup push, OCM itself, clock skew…) against the nodes reachable at the last cycle; returns the number of findings. */
    runSlowChecks(): Promise<number> {
      const p = serial(slowChecksOnce);
      track(p.catch(() => undefined));
      return p;
    },
    /** Checks every `interval_s`, the first one after one interval. */
    start(): void {
      if (active || !cfg.enabled) return;
      active = true;
      schedule();
    },
    running: () => active,
    /** Delivers what waits in the outbox now. */
    flush: () => outbox.flush(),
    /** Resolves when the running cycle and automatic recoveries have finished. */
    async idle(): Promise<void> {
      while (cycle || background.size) await Promise.allSettled([cycle, ...background]);
    },
    async stop(): Promise<void> {
      active = false;
      clearTimeout(timer);
      await watchdog.idle();
    },
  };
  return watchdog;
}

/** "RAM 42%, disk 55%", as a message. */
function resources(o: Observation | undefined): Msg | null {
  if (!o) return null;
  const mem = o.memPct !== null ? Math.round(o.memPct) : null;
  const disk = o.diskPct !== null ? Math.round(o.diskPct) : null;
  if (mem !== null && disk !== null) return msg('watchdog-resources', { mem, disk });
  if (mem !== null) return msg('watchdog-resources-mem', { mem });
  if (disk !== null) return msg('watchdog-resources-disk', { disk });
  return null;
}

export type Watchdog = ReturnType<typeof createWatchdog>;
