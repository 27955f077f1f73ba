import { z } from 'zod';
import { b, esc, formatDuration, formatTime } from '../bot/render/html.js';
import { UserError } from '../errors.js';
import { actionsWith, bindActions, type AnyAction } from '../core/action.js';
import { nodeTargetSchema, STATUS_ICON } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { actorLabel } from '../pipeline/invocation.js';
import { ALL_NODES } from '../store/silences-repo.js';
import type { Store } from '../store/store.js';
import type { Watchdog } from './watchdog.js';
import { MAX_SILENCE_MS, parseDuration } from './duration.js';
import { checkNode } from './health.js';
import { withoutNode } from './render.js';

/** What the alert actions use. */
export interface MonitorActionDeps {
  store: Store;
  nodes: NodeService;
  now(): number;
  watchdog(): Pick<Watchdog, 'runSlowChecks'>;
}

const defineAction = actionsWith<MonitorActionDeps>();

const durationSchema = z
  .string({ error: 'give a duration such as 30m, 1h or 2d (a silence always expires)' })
  .transform((s, ctx) => {
    const ms = parseDuration(s);
    if (ms === null) ctx.addIssue({ code: 'custom', message: 'a duration looks like 30m, 1h, 2h30m or 7d' });
    else if (ms > MAX_SILENCE_MS) ctx.addIssue({ code: 'custom', message: 'at most 30d' });
    return ms ?? 0;
  });

function scopeLabel(scope: string): string {
  return scope === ALL_NODES ? 'all nodes' : scope;
}

export const muteAction = defineAction({
  name: 'mute',
  group: 'alerts',
  description: 'Silence the alerts of a node (or all) for a while; events are still recorded',
  usage: '/mute <node|all> <duration>',
  tier: 'low',
  params: z.object({ target: nodeTargetSchema, duration: durationSchema }),
  args: ['target', 'duration'],
  target: (p) => p.target,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { store, now } = ctx.services;
    if (p.target !== 'all') ctx.services.nodes.require(p.target);
    const scope = p.target === 'all' ? ALL_NODES : p.target;
    const s = store.silences.add({ scope, kind: 'mute', untilMs: now() + p.duration, createdBy: actorLabel(ctx.actor) });
    store.events.add({ nodeId: p.target === 'all' ? null : p.target, type: 'silence.added', message: `alerts of ${scopeLabel(scope)} muted for ${formatDuration(p.duration)} by ${actorLabel(ctx.actor)} (until ${formatTime(s.untilAt)})`, data: { silence: s.id } });
    return { html: `🔕 Alerts of ${b(scopeLabel(scope))} muted for ${esc(formatDuration(p.duration))}, until ${esc(formatTime(s.untilAt))}. Events are still recorded; /unmute ${esc(p.target)} ends it early.`, data: { silence: s.id } };
  },
});

export const unmuteAction = defineAction({
  name: 'unmute',
  group: 'alerts',
  description: 'End the mutes of a node (all: every mute)',
  usage: '/unmute <node|all>',
  tier: 'low',
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { store } = ctx.services;
    const mutes = store.silences.active().filter((s) => s.kind === 'mute' && (p.target === 'all' || s.scope === p.target));
    if (!mutes.length) return { html: `Nothing to unmute for ${b(p.target === 'all' ? 'any node' : p.target)}. See /mutes.` };
    for (const s of mutes) store.silences.end(s.id);
    store.events.add({ nodeId: p.target === 'all' ? null : p.target, type: 'silence.ended', message: `${mutes.length} mute(s) of ${p.target === 'all' ? 'all nodes' : p.target} ended by ${actorLabel(ctx.actor)}` });
    return { html: `🔔 Alerts of ${b(p.target === 'all' ? 'all nodes' : p.target)} are on again (${mutes.length} mute${mutes.length === 1 ? '' : 's'} ended).` };
  },
});

export const mutesAction = defineAction({
  name: 'mutes',
  group: 'alerts',
  description: 'List active mutes and maintenance windows with their expiry',
  usage: '/mutes',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const { store, now } = ctx.services;
    const list = store.silences.active();
    const open = store.incidents.openCount();
    if (!list.length) return { html: `No mutes or maintenance windows. Open incidents: ${open}.` };
    const t = now();
    const lines = list.map(
      (s) => `${s.kind === 'mute' ? '🔕' : '🛠'} ${b(scopeLabel(s.scope))} ${s.kind === 'mute' ? 'muted' : 'maintenance'} until ${esc(formatTime(s.untilAt))} (${esc(formatDuration(s.untilAt - t))} left)${s.createdBy ? ` · by ${esc(s.createdBy)}` : ''}${s.reason ? ` · ${esc(s.reason)}` : ''}`,
    );
    return { html: [b(`Silences (${list.length})`), ...lines, '', `Open incidents: ${open}.`].join('\n') };
  },
});

export const retrySshAction = defineAction({
  name: 'retryssh',
  command: null,
  group: 'alerts',
  description: "Check a node now as the watchdog does (SSH, then the agent's health)",
  usage: 'retryssh <node|all>',
  tier: 'read',
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { nodes, now } = ctx.services;
    const targets = nodes.resolve(p.target);
    if (!targets.length) throw new UserError('no nodes to check');
    const results = await Promise.all(targets.map((n) => checkNode(nodes, n, now, ctx.signal)));
    const lines = results.map((o) => {
      const reason = o.reason ? withoutNode(o.reason, o.nodeId) : null;
      const what = o.state === 'online' ? 'SSH works, gateway healthy' : o.sshOk ? `SSH works; ${reason ?? 'not healthy'}` : (reason ?? 'SSH fails');
      return `${STATUS_ICON[o.state]} ${b(o.nodeId)}: ${esc(what)}`;
    });
    return { html: [`🔌 ${b('Retry SSH')} — checked now (the watchdog confirms state changes at its next checks)`, ...lines].join('\n') };
  },
});

export const watchdogChecksAction = defineAction({
  name: 'watchdogchecks',
  command: null,
  group: 'alerts',
  description: "The watchdog's slow checks: backup push health, OCM itself, clock skew of the reachable nodes",
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const findings = await ctx.services.watchdog().runSlowChecks();
    return { html: findings ? `Slow checks: ${findings} problem${findings === 1 ? '' : 's'} found (alerts follow the usual rules).` : 'Slow checks: nothing found.', data: { findings } };
  },
});

export function createMonitorActions(deps: MonitorActionDeps): AnyAction[] {
  return bindActions(deps, [muteAction, mutesAction, unmuteAction, retrySshAction, watchdogChecksAction]);
}
