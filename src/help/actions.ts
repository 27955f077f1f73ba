import { z } from 'zod';
import { b, esc } from '../bot/render/html.js';
import { actionsWith, bindActions, type AnyAction } from '../core/action.js';
import type { Tier } from '../core/types.js';
import type { NodeService } from '../nodes/service.js';
import type { ChatLanguages } from '../i18n/chat-languages.js';
import { LOCALES, localeOf, translator } from '../i18n/index.js';

export interface HelpActionDeps {
  nodes: Pick<NodeService, 'list'>;
  languages: Pick<ChatLanguages, 'set' | 'choice' | 'resolve'>;
  /** Every bound action, for /help. */
  catalog(): readonly AnyAction[];
}

const defineAction = actionsWith<HelpActionDeps>();

const TIER_HEADINGS: Record<Tier, string> = {
  read: '📊 Read — runs at once',
  low: '💾 Low risk — runs at once',
  medium: '🔄 Medium risk — one confirmation tap',
  high: '⚠️ High risk — confirmation tap, then a 4-digit safety code',
};

export function helpText(actions: readonly AnyAction[]): string {
  const lines = [b('OCM — OpenClaw Cluster Manager')];
  for (const tier of ['read', 'low', 'medium', 'high'] as const) {
    const list = actions.filter((a) => a.tier === tier && a.command !== null);
    if (!list.length) continue;
    lines.push('', b(TIER_HEADINGS[tier]));
    for (const a of list) lines.push(`${esc(a.usage)} — ${esc(a.description)}`);
  }
  lines.push('', '/cancel — cancel what is waiting for your answer');
  return lines.join('\n');
}

export const startAction = defineAction({
  name: 'start',
  group: 'general',
  description: 'Welcome and a short overview of the fleet',
  usage: '/start',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const nodes = ctx.services.nodes.list();
    const online = nodes.filter((n) => n.status === 'online').length;
    return {
      html: [
        `👋 ${b('OCM — OpenClaw Cluster Manager')}`,
        `Managing ${nodes.length} node${nodes.length === 1 ? '' : 's'} (${online} online when last checked).`,
        'Try /status for a live check of every node, /nodes for the list, /help for everything.',
      ].join('\n'),
    };
  },
});

export const helpAction = defineAction({
  name: 'help',
  group: 'general',
  description: 'List the commands you may run, by risk tier',
  usage: '/help',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    return { html: helpText(ctx.services.catalog()) };
  },
});

export const langAction = defineAction({
  name: 'lang',
  group: 'general',
  usage: '/lang [en|zh|ja]',
  tier: 'low',
  params: z.object({ lang: z.preprocess((v) => (typeof v === 'string' ? (localeOf(v) ?? v) : v), z.enum(LOCALES, { error: 'lang-invalid' }).optional()) }),
  args: ['lang'],
  locks: () => ({ kind: 'none' }),
  async run(p, ctx) {
    const { languages } = ctx.services;
    if (ctx.chatId === null) return { html: ctx.t('lang-no-chat') };
    if (!p.lang) {
      const chosen = languages.choice(ctx.chatId);
      return { html: ctx.t(chosen ? 'lang-current-chosen' : 'lang-current-auto', { lang: ctx.t.text(`lang-name-${languages.resolve(ctx.chatId)}`) }) };
    }
    languages.set(ctx.chatId, p.lang);
    // the answer is already in the new language
    const t = translator(p.lang);
    return { html: t('lang-set', { lang: t.text(`lang-name-${p.lang}`) }) };
  },
});

export function createHelpActions(deps: HelpActionDeps): AnyAction[] {
  return bindActions(deps, [startAction, helpAction, langAction]);
}
