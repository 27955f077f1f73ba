// npm run docs:config: writes the README's configuration table from the config schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_SETTING, type ConfigSection } from '../src/config.js';
import { configSections } from '../src/modules.js';
import { defaultOf, flatSettings, settingsTree, type Setting } from '../src/config-schema.js';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
export const TABLE_START = '<!-- config-table:start (generated from the config schemas by `npm run docs:config`; edit the .describe() texts there, not this table) -->';
export const TABLE_END = '<!-- config-table:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function defaultText(s: Setting): string {
  if (s.meta.defaultDoc) return s.meta.defaultDoc;
  const d = defaultOf(s.schema);
  if (!d) return s.schema.safeParse(undefined).success ? 'unset' : 'required';
  const v = d.value;
  if (Array.isArray(v)) return v.length ? `\`[${v.join(', ')}]\`` : 'none';
  return `\`${String(v)}\``;
}

/** The configuration table, one row per key, in the order the sections declare them. */
export function renderConfigTable(sections: readonly ConfigSection[] = configSections()): string {
  const rows = [
    '| environment | config key | default | meaning |',
    '|---|---|---|---|',
    `| \`${CONFIG_FILE_SETTING.env}\` | — | ${CONFIG_FILE_SETTING.default} | ${CONFIG_FILE_SETTING.description} |`,
  ];
  for (const s of flatSettings(settingsTree(sections))) {
    const env = s.meta.env ? `\`${s.meta.env}\`` : '—';
    const key = `\`${s.yaml}\`${s.list ? ' (list)' : ''}`;
    const meaning = `${s.meta.description ?? ''}${s.meta.secret ? ' (secret: never logged or echoed)' : ''}`;
    rows.push(`| ${env} | ${key} | ${cell(defaultText(s))} | ${cell(meaning)} |`);
  }
  return rows.join('\n');
}

/** The README text with the table between the markers replaced by the generated one. */
export function withConfigTable(readme: string, table = renderConfigTable()): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${TABLE_START} … ${TABLE_END} around the configuration table are missing`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(README, 'utf8');
  const after = withConfigTable(before);
  if (after !== before) writeFileSync(README, after);
  console.log(after === before ? 'README.md: configuration table already up to date' : 'README.md: configuration table regenerated');
}
