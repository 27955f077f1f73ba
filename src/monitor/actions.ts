import { z } from 'zod';
import { durationMsg } from '../i18n/index.js';
import { UserError } from '../errors.js';
import { actionsWith, bindActions, type AnyAction, type Translate } from '../core/action.js';
import { msg, type Msg } from '../core/messages.js';
import { nodeTargetSchema, STATUS_ICON } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { actorLabel } from '../pipeline/invocation.js';
import { ALL_NODES, type Silence } from '../store/silences-repo.js';
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
  .string({ error: 'watchdog-duration-required' })
  .transform((s, ctx) => {
    const ms = parseDuration(s);
    if (ms === null) ctx.addIssue({ code: 'custom', message: 'watchdog-duration-invalid' });
    else if (ms > MAX_SILENCE_MS) ctx.addIssue({ code: 'custom', message: 'watchdog-duration-too-long' });
    return ms ?? 0;
  });

/** A silence's scope as the reader sees it: a node id, or "all nodes". */
function scopeLabel(scope: string): string | Msg {
  return scope === ALL_NODES ? msg('watchdog-scope-all') : scope;
}

function silenceLine(t: Translate, s: Silence, now: number): string {
  const args = { scope: scopeLabel(s.scope), until: t.time(s.untilAt), left: t.duration(s.untilAt - now) };
  const parts = [t(s.kind === 'mute' ? 'watchdog-mutes-line-mute' : 'watchdog-mutes-line-maintenance', args)];
  if (s.createdBy) parts.push(t('watchdog-mutes-by', { who: s.createdBy }));
  if (s.reason) parts.push(t('watchdog-mutes-reason', { reason: s.reason }));
  return parts.join(' · ');
}

export const muteAction = defineAction({
  name: 'mute',
  group: 'alerts',
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
    store.events.add({ nodeId: p.target === 'all' ? null : p.target, type: 'silence.added', message: msg('event-silence-added', { scope: scopeLabel(scope), duration: durationMsg(p.duration), by: actorLabel(ctx.actor), until: new Date(s.untilAt) }), data: { silence: s.id } });
    return { html: ctx.t('watchdog-mute-done', { scope: scopeLabel(scope), duration: ctx.t.duration(p.duration), until: ctx.t.time(s.untilAt), target: p.target }), data: { silence: s.id } };
  },
});

export const unmuteAction = defineAction({
  name: 'unmute',
  group: 'alerts',
  usage: '/unmute <node|all>',
  tier: 'low',
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { store } = ctx.services;
    const mutes = store.silences.active().filter((s) => s.kind === 'mute' && (p.target === 'all' || s.scope === p.target));
    if (!mutes.length) return { html: ctx.t('watchdog-unmute-nothing', { scope: p.target === 'all' ? msg('watchdog-scope-any') : p.target }) };
    for (const s of mutes) store.silences.end(s.id);
    store.events.add({ nodeId: p.target === 'all' ? null : p.target, type: 'silence.ended', message: msg('event-silence-ended', { count: mutes.length, scope: p.target === 'all' ? msg('watchdog-scope-all') : p.target, by: actorLabel(ctx.actor) }) });
    return { html: ctx.t('watchdog-unmute-done', { scope: p.target === 'all' ? msg('watchdog-scope-all') : p.target, count: mutes.length }) };
  },
});

export const mutesAction = defineAction({
  name: 'mutes',
  group: 'alerts',
  usage: '/mutes',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const { store, now } = ctx.services;
    const list = store.silences.active();
    const open = store.incidents.openCount();
    if (!list.length) return { html: ctx.t('watchdog-mutes-none', { open }) };
    const t = now();
    const lines = list.map((s) => silenceLine(ctx.t, s, t));
    return { html: [ctx.t('watchdog-mutes-title', { count: list.length }), ...lines, '', ctx.t('watchdog-mutes-open', { open })].join('\n') };
  },
});

export const retrySshAction = defineAction({
  name: 'retryssh',
  command: null,
  group: 'alerts',
  usage: 'retryssh <node|all>',
  tier: 'read',
  params: z.object({ target: nodeTargetSchema }),
  args: ['target'],
  target: (p) => p.target,
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { nodes, now } = ctx.services;
    const targets = nodes.resolve(p.target);
    if (!targets.length) throw new UserError('watchdog-retry-no-nodes');
    const results = await Promise.all(targets.map((n) => checkNode(nodes, n, now, ctx.signal)));
    const lines = results.map((o) => {
      const reason = o.reason ? ctx.t.msgText(withoutNode(o.reason, o.nodeId)) : null;
      const what =
        o.state === 'online'
          ? msg('watchdog-retry-healthy')
          : o.sshOk
            ? msg('watchdog-retry-ssh-works', { reason: reason ?? msg('watchdog-retry-not-healthy') })
            : (reason ?? msg('watchdog-retry-ssh-fails'));
      return ctx.t('watchdog-retry-line', { icon: STATUS_ICON[o.state], node: o.nodeId, what });
    });
    return { html: [ctx.t('watchdog-retry-title'), ...lines].join('\n') };
  },
});

export const watchdogChecksAction = defineAction({
  name: 'watchdogchecks',
  command: null,
  group: 'alerts',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const findings = await ctx.services.watchdog().runSlowChecks();
    return { html: findings ? ctx.t('watchdog-checks-found', { count: findings }) : ctx.t('watchdog-checks-none'), data: { findings } };
  },
});

export function createMonitorActions(deps: MonitorActionDeps): AnyAction[] {
  return bindActions(deps, [muteAction, mutesAction, unmuteAction, retrySshAction, watchdogChecksAction]);
}
