import { localeOfTelegram, type Locale, LOCALES } from './index.js';

interface Kv {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/**
 * Which language a chat is answered in: its /lang choice (stored; the console's lasts for the
 * session only, so OCM_LANG and LANG stay in charge of the terminal), else the configured language
 * of that chat (alert groups), else the Telegram user's `language_code` (zh-*, ja, else en), else
 * OCM's default.
 */
export function createChatLanguages(opts: { kv: Kv; defaultLocale: Locale; configured?: Record<number, Locale>; sessionChats?: readonly number[] }) {
  const session = new Map<number, Locale>();
  const inSession = (chatId: number) => opts.sessionChats?.includes(chatId) ?? false;
  const key = (chatId: number) => `chat.lang.${chatId}`;
  const clientKey = (chatId: number) => `chat.client-lang.${chatId}`;

  function choice(chatId: number): Locale | undefined {
    const v = inSession(chatId) ? session.get(chatId) : opts.kv.get<string>(key(chatId));
    return LOCALES.find((l) => l === v);
  }

  return {
    defaultLocale: opts.defaultLocale,
    /** The chat's own /lang choice, if any. */
    choice,
    set(chatId: number, locale: Locale): void {
      if (inSession(chatId)) session.set(chatId, locale);
      else opts.kv.set(key(chatId), locale);
    },
    /**
     * The chat's language, for a message from a user whose client says `languageCode`. The client's
     * language is remembered, so that messages OCM starts itself (alerts) reach that chat in it too.
     */
    resolve(chatId: number | null | undefined, languageCode?: string): Locale {
      const client = localeOfTelegram(languageCode);
      if (chatId === null || chatId === undefined) return client ?? opts.defaultLocale;
      if (client && !inSession(chatId) && opts.kv.get<string>(clientKey(chatId)) !== client) opts.kv.set(clientKey(chatId), client);
      const remembered = LOCALES.find((l) => l === (inSession(chatId) ? undefined : opts.kv.get<string>(clientKey(chatId))));
      return choice(chatId) ?? opts.configured?.[chatId] ?? client ?? remembered ?? opts.defaultLocale;
    },
  };
}

export type ChatLanguages = ReturnType<typeof createChatLanguages>;
