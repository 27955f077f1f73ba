import type { Context, MiddlewareFn } from 'grammy';
import type { AnyAction } from '../../core/action.js';
import { actionLine, translator, type Locale } from '../../i18n/index.js';

/** Telegram accepts only these as command names (setMyCommands refuses the whole list otherwise). */
export const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;

/** Commands the bot handles outside the catalog, with their catalog key. */
export const BUILTIN_COMMANDS = [{ command: 'cancel', key: 'command-cancel' }] as const;

/** The command list published with setMyCommands in one language; throws on a name Telegram would refuse. */
export function publishedCommands(catalog: readonly AnyAction[], locale: Locale = 'en'): { command: string; description: string }[] {
  const t = translator(locale);
  const list = [
    ...catalog.filter((a) => a.command !== null).map((a) => ({ command: a.command ?? a.name, description: actionLine(t, a).slice(0, 256) })),
    ...BUILTIN_COMMANDS.map((c) => ({ command: c.command, description: t.text(c.key) })),
  ];
  const bad = list.filter((c) => !COMMAND_NAME.test(c.command)).map((c) => c.command);
  if (bad.length) throw new Error(`invalid Telegram command names (only a-z, 0-9 and _, at most 32): ${bad.join(', ')}`);
  return list;
}

/**
 * `/sync-config` reaches `/sync_config`: Telegram ends a command at the first `-`, so the typed
 * form is rewritten (text and command entity) before any feature reads it, when the underscore
 * form is a known command.
 */
export function hyphenatedCommands(known: ReadonlySet<string>): MiddlewareFn<Context> {
  return (ctx, next) => {
    const msg = ctx.message;
    const m = msg?.text ? /^\/([A-Za-z0-9_]*-[A-Za-z0-9_-]*)(?=@|\s|$)/.exec(msg.text) : null;
    if (msg?.text && m) {
      const name = m[1]!.replace(/-/g, '_');
      if (known.has(name.toLowerCase())) {
        const end = 1 + name.length + (/^@\w+/.exec(msg.text.slice(1 + name.length))?.[0].length ?? 0);
        msg.text = `/${name}${msg.text.slice(1 + name.length)}`;
        const others = (msg.entities ?? []).filter((e) => !(e.type === 'bot_command' && e.offset === 0));
        msg.entities = [{ type: 'bot_command', offset: 0, length: end }, ...others];
      }
    }
    return next();
  };
}
