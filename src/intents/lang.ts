import type { RenderLocale } from '../i18n/index.js';

/** The languages OCM's natural-language replies come in. */
export type Lang = 'en' | 'zh-Hans' | 'zh-Hant' | 'ja';

const LOCALE_OF_LANG: Record<Lang, RenderLocale> = { en: 'en', 'zh-Hans': 'zh', 'zh-Hant': 'zh-Hant', ja: 'ja' };

/** The catalog locale a request's language is answered in (traditional Chinese: the zh-Hant overlay). */
export function localeOfLang(lang: Lang): RenderLocale {
  return LOCALE_OF_LANG[lang];
}

// Traditional → simplified for the characters operators use in requests (status, backup, restart…).
const T2S_PAIRS =
  '備备態态狀状況况麼么樣样機机啟启啓启誌志滾滚還还點点個个與与檢检這这們们節节錄录紀纪題题問问復复歷历變变異异臺台幫帮將将為为讓让請请嗎吗對对過过後后來来會会給给邊边裡里發发現现開开關关閉闭動动號号碼码執执線线離离網网絡络運运誰谁務务統统體体數数據据庫库歸归舊旧穩稳較较設设顯显記记團团說说話话輸输認认確确無无時时間间區区壞坏從从標标籤签簽签單单條条電电腦脑實实際际處处誤误範范圍围叢丛羣群擇择壓压態态辦办麼么東东葉叶覽览項项們们調调';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);

/** Simplified Chinese for the traditional characters OCM knows; everything else unchanged. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/** Full-width letters and digits to ASCII, lower case, traditional Chinese to simplified. */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

export function detectLang(text: string): Lang {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u3400-\u9fff]/.test(text)) {
    for (const ch of text) if (T2S.has(ch)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return 'en';
}
