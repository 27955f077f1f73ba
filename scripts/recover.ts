// npm run recover -- --from-drive [--date YYYY-MM-DD] [--node <id>]
// Disaster recovery from the offsite copies on Google Drive (src/offsite/recover.ts, recover-node.ts).
// Reads the same config as OCM (ocm.yaml, the environment): offsite.drive.* and offsite.passphrase.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { ExternalError, UserError } from '../src/errors.js';
import { localeOf, translator } from '../src/i18n/index.js';
import { createLogger } from '../src/log.js';
import { configSections, MODULES } from '../src/modules.js';
import { recoverFull } from '../src/offsite/recover.js';
import { recoverNode } from '../src/offsite/recover-node.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`ocm: ${line}\n`);
  process.exit(1);
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loaded = loadConfig(process.env, process.cwd(), configSections(MODULES));
  if (!loaded.ok) {
    // i18n-exempt: start-up configuration errors, as main.ts prints them
    for (const e of loaded.errors) process.stderr.write(`ocm: config: ${e}\n`);
    process.exit(1);
  }
  const config = loaded.config;
  const t = translator(localeOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG) ?? config.defaultLanguage ?? 'en');
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const known = new Set(['--from-drive', '--date', '--node']);
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !(i > 0 && (args[i - 1] === '--date' || args[i - 1] === '--node')));
  if (!args.includes('--from-drive') || unknown.length) fail(t.text('offsite-recover-usage'));
  const date = value('--date');
  if (args.includes('--date') && !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) fail(t.text('offsite-recover-date-invalid'));
  const node = value('--node');
  if (args.includes('--node') && !node) fail(t.text('offsite-recover-usage'));
  mkdirSync(join(config.dataDir, 'logs'), { recursive: true, mode: 0o700 });
  const log = createLogger({ level: config.logLevel, file: join(config.dataDir, 'logs', 'recover.log') });
  const io = { config, log, t, say };
  try {
    if (node) await recoverNode(io, { node, ...(date ? { date } : {}) });
    else await recoverFull(io, date ? { date } : {});
  } catch (err) {
    log.error({ err }, 'recovery failed');
    if (err instanceof UserError || err instanceof ExternalError) fail(t.error(err));
    fail(t.text('offsite-recover-internal', { log: join(config.dataDir, 'logs', 'recover.log') }));
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => fail(String((err as Error)?.message ?? err)),
);
