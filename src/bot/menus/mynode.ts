import { Menu } from '@grammyjs/menu';
import type { Context } from 'grammy';
import { STATUS_ICON } from '../../nodes/model.js';
import type { BotDeps } from '../context.js';
import { dispatchFromChat } from '../dispatch.js';
import { b, esc } from '../render/html.js';

const NODE_BUTTONS: { text: string; action: string; param: string }[] = [
  { text: '📊 Status', action: 'status', param: 'target' },
  { text: '📜 Logs', action: 'logs', param: 'node' },
  { text: '🔄 Restart', action: 'restart', param: 'target' },
  { text: '🗑 Remove', action: 'removenode', param: 'node' },
];

/**
 * /mynode: node list → node card with Status, Logs, Restart, Remove. The buttons only navigate
 * or hand an invocation to the pipeline, so tiers and the audit apply as for slash commands.
 */
export function createMyNodeMenu(deps: BotDeps): Menu<Context> {
  const nodeMenu = new Menu<Context>('mynode-node', { onMenuOutdated: 'The node list changed; here is the current one.' }).dynamic((ctx, range) => {
    const id = typeof ctx.match === 'string' ? ctx.match : '';
    for (const [i, btn] of NODE_BUTTONS.entries()) {
      range.text({ text: btn.text, payload: id }, async (c) => {
        const nodeId = typeof c.match === 'string' ? c.match : '';
        await dispatchFromChat(c, deps, btn.action, { [btn.param]: nodeId }, 'button');
      });
      if (i % 2 === 1) range.row();
    }
    range.back({ text: '« All nodes', payload: '' }, async (c) => {
      await c.editMessageText(listText(deps), { parse_mode: 'HTML' }).catch(() => undefined);
    });
  });

  const root = new Menu<Context>('mynode', { onMenuOutdated: 'The node list changed; here is the current one.' }).dynamic((_ctx, range) => {
    for (const n of deps.listNodes()) {
      range
        .submenu({ text: `${STATUS_ICON[n.status]} ${n.id}`, payload: n.id }, 'mynode-node', async (c) => {
          const node = deps.listNodes().find((x) => x.id === n.id);
          const text = node
            ? `${STATUS_ICON[node.status]} ${b(node.id)} · ${esc(node.name)}\n${esc(node.transport === 'local' ? 'this machine' : `${node.sshUser}@${node.host}:${node.port}`)} · ${esc(node.status)}${node.lastError ? `\n❗ ${esc(node.lastError)}` : ''}`
            : `${esc(n.id)} was removed.`;
          await c.editMessageText(text, { parse_mode: 'HTML' }).catch(() => undefined);
        })
        .row();
    }
  });
  root.register(nodeMenu);
  return root;
}

export function listText(deps: BotDeps): string {
  const n = deps.listNodes().length;
  return n ? `${b('Your nodes')} (${n}) — pick one:` : 'No nodes yet. Add one with /newnode.';
}
