import { Menu, type MenuFlavor } from '@grammyjs/menu';
import type { Context } from 'grammy';
import { STATUS_ICON } from '../../nodes/model.js';
import { stateMsg, where } from '../../nodes/cards.js';
import { translator, type Translator } from '../../i18n/index.js';
import { tOf, type BotDeps } from '../context.js';
import { dispatchFromChat } from '../dispatch.js';

const NODE_BUTTONS: { text: string; action: string; param: string }[] = [
  { text: 'mynode-button-status', action: 'status', param: 'target' },
  { text: 'mynode-button-logs', action: 'logs', param: 'node' },
  { text: 'mynode-button-restart', action: 'restart', param: 'target' },
  { text: 'mynode-button-remove', action: 'removenode', param: 'node' },
];

/** What a tap on a menu whose node list changed does: says so in the chat's language and shows the current menu. */
function outdated(deps: BotDeps, menu: () => Menu<Context>) {
  return async (ctx: Context & MenuFlavor): Promise<void> => {
    await Promise.all([ctx.answerCallbackQuery({ text: tOf(ctx, deps).text('mynode-outdated') }), ctx.editMessageReplyMarkup({ reply_markup: menu() })]);
  };
}

/**
 * /mynode: node list → node card with Status, Logs, Restart, Remove. The buttons only navigate
 * or hand an invocation to the pipeline, so tiers and the audit apply as for slash commands.
 * Labels and texts are rendered for the chat of each update, in its language.
 */
export function createMyNodeMenu(deps: BotDeps): Menu<Context> {
  const nodeMenu: Menu<Context> = new Menu<Context>('mynode-node', { onMenuOutdated: outdated(deps, () => nodeMenu) }).dynamic((ctx, range) => {
    const t = tOf(ctx, deps);
    const id = typeof ctx.match === 'string' ? ctx.match : '';
    for (const [i, btn] of NODE_BUTTONS.entries()) {
      range.text({ text: t.text(btn.text), payload: id }, async (c) => {
        const nodeId = typeof c.match === 'string' ? c.match : '';
        await dispatchFromChat(c, deps, btn.action, { [btn.param]: nodeId }, 'button');
      });
      if (i % 2 === 1) range.row();
    }
    range.back({ text: t.text('mynode-button-back'), payload: '' }, async (c) => {
      await c.editMessageText(listText(deps, c), { parse_mode: 'HTML' }).catch(() => undefined);
    });
  });

  const root: Menu<Context> = new Menu<Context>('mynode', { onMenuOutdated: outdated(deps, () => root) }).dynamic((_ctx, range) => {
    for (const n of deps.listNodes()) {
      range
        .submenu({ text: `${STATUS_ICON[n.status]} ${n.id}`, payload: n.id }, 'mynode-node', async (c) => {
          const t = tOf(c, deps);
          const node = deps.listNodes().find((x) => x.id === n.id);
          const text = node
            ? t('mynode-card', {
                icon: STATUS_ICON[node.status],
                node: node.id,
                name: node.name,
                where: where(node, t),
                state: stateMsg(node.status),
              }) + (node.lastError ? `\n${t('mynode-last-error', { error: node.lastError })}` : '')
            : t('mynode-removed', { node: n.id });
          await c.editMessageText(text, { parse_mode: 'HTML' }).catch(() => undefined);
        })
        .row();
    }
  });
  root.register(nodeMenu);
  return root;
}

/** The text above the /mynode list, in the language of `ctx`'s chat (OCM's default without one). */
export function listText(deps: BotDeps, ctx?: Context): string {
  const t: Translator = ctx ? tOf(ctx, deps) : translator(deps.languages.defaultLocale);
  const n = deps.listNodes().length;
  return n ? t('mynode-list', { count: n }) : t('mynode-empty');
}
