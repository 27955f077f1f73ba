import { z } from 'zod';
import { actionsWith, bindActions, type AnyAction, type Translate } from '../core/action.js';
import { BUILTIN_COMMANDS } from '../bot/features/command-names.js';
import type { NodeService } from '../nodes/service.js';
import type { ChatLanguages } from '../i18n/chat-languages.js';
import { actionLine, LOCALES, localeOf, translator } from '../i18n/index.js';

export interface HelpActionDeps {
  nodes: Pick<NodeService, 'list'>;
  languages: Pick<ChatLanguages, 'set' | 'choice' | 'resolve'>;
  /** Every bound action, for /help. */
  catalog(): readonly AnyAction[];
}

const defineAction = actionsWith<HelpActionDeps>();

/** /help in `t`'s language: every command by risk tier (the tier headings say what each asks), each with its catalog line. */
export function helpText(actions: readonly AnyAction[], t: Translate): string {
  const lines = [`<b>${t('help-title')}</b>`];
  for (const tier of ['read', 'low', 'medium', 'high'] as const) {
    const list = actions.filter((a) => a.tier === tier && a.command !== null);
    if (!list.length) continue;
    lines.push('', `<b>${t(`help-tier-${tier}`)}</b>`);
    for (const a of list) lines.push(t('help-line', { usage: a.usage, line: actionLine(t, a) }));
  }
  lines.push('', ...BUILTIN_COMMANDS.map((c) => t('help-line', { usage: `/${c.command}`, line: t.text(c.key) })));
  return lines.join('\n');
}

export const startAction = defineAction({
  name: 'start',
  group: 'general',
  usage: '/start',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const nodes = ctx.services.nodes.list();
    const online = nodes.filter((n) => n.status === 'online').length;
    return { html: ctx.t('start-welcome', { count: nodes.length, online }) };
  },
});

export const helpAction = defineAction({
  name: 'help',
  group: 'general',
  usage: '/help',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    return { html: helpText(ctx.services.catalog(), ctx.t) };
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
