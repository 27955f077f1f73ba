import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** prompts/ at the root of the project (next to src/). */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const cache = new Map<string, string>();

/** A prompt file's text, read on first use. */
export function loadPrompt(name: string, dir = PROMPTS_DIR): string {
  const key = `${dir}\0${name}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = readFileSync(`${dir}${dir.endsWith('/') ? '' : '/'}${name}`, 'utf8').trim();
    cache.set(key, text);
  }
  return text;
}

/** Fills `{{name}}` placeholders; unknown ones stay as they are. */
export function renderPrompt(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);
}
