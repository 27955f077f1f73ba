export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits HTML into messages of at most `max` characters, at line breaks where possible. Tags
 * that are open at a split (a <pre> block, say) are closed at the end of one part and reopened
 * at the start of the next, so every part is valid on its own.
 */
export function chunkHtml(html: string, max = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= max) return [html];
  const budget = max - 40;
  const parts: string[] = [];
  let cur = '';

  function openTagsIn(text: string): string[] {
    const stack: string[] = [];
    for (const m of text.matchAll(/<(\/?)(pre|code|b|i)(?:\s[^>]*)?>/g)) {
      if (m[1]) {
        const idx = stack.lastIndexOf(m[2]!);
        if (idx >= 0) stack.splice(idx, 1);
      } else stack.push(m[2]!);
    }
    return stack;
  }
  function close(stack: string[]): string {
    return [...stack].reverse().map((t) => `</${t}>`).join('');
  }
  function reopen(stack: string[]): string {
    return stack.map((t) => `<${t}>`).join('');
  }
  function flush(): void {
    if (!cur) return;
    const stack = openTagsIn(cur);
    parts.push(cur + close(stack));
    cur = reopen(stack);
  }

  const lines = html.split('\n');
  for (let line of lines) {
    while (line.length > budget) {
      // a single over-long line: cut it at the budget, away from an entity or a tag
      let cut = budget - cur.length;
      if (cut < 200) {
        flush();
        cut = budget - cur.length;
      }
      let piece = line.slice(0, cut);
      const amp = piece.lastIndexOf('&');
      const lt = piece.lastIndexOf('<');
      const guard = Math.max(amp > piece.lastIndexOf(';') ? amp : -1, lt > piece.lastIndexOf('>') ? lt : -1);
      if (guard > 0) piece = piece.slice(0, guard);
      cur += piece;
      line = line.slice(piece.length);
      flush();
    }
    const add = cur ? `\n${line}` : line;
    if (cur.length + add.length > budget) {
      flush();
      cur += line;
    } else cur += add;
  }
  if (cur) parts.push(cur);
  return parts.filter((p) => p.replace(/<[^>]+>/g, '').trim().length > 0);
}
