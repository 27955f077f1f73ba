// npm run service:install [-- --yes] [--force] [--dest DIR] [--platform linux|darwin] [--user NAME] [--data-dir DIR] [--secrets-file FILE]
// Writes deploy/ocm.service (Linux, systemd) or deploy/ai.ocm.manager.plist (macOS, launchd) with the
// paths of this checkout. Asks before writing on a terminal; never replaces a changed unit without --force.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { OCM_ROOT } from '../src/doctor/version.js';

const USAGE = 'usage: npm run service:install -- [--yes] [--force] [--dest DIR] [--platform linux|darwin] [--user NAME] [--data-dir DIR] [--secrets-file FILE]';

interface Target {
  kind: 'systemd' | 'launchd';
  file: string;
  text: string;
  next: string[];
}

/** How OCM starts: the compiled build when there is one, else the TypeScript sources through tsx. */
function startArgs(root: string): string {
  return existsSync(join(root, 'dist', 'main.js')) ? 'dist/main.js' : '--import tsx src/main.ts';
}

function systemdUnit(o: { root: string; user: string; dataDir: string; envFile: string; dest: string }): Target {
  const text = readFileSync(join(OCM_ROOT, 'deploy', 'ocm.service'), 'utf8')
    .replace(/^User=ocm$/m, `User=${o.user}`)
    .replace(/^Group=ocm$/m, `Group=${o.user}`)
    .replace(/^WorkingDirectory=.*$/m, `WorkingDirectory=${o.root}`)
    .replace(/^EnvironmentFile=.*$/m, `EnvironmentFile=${o.envFile}`)
    .replace(/^Environment=OCM_DATA_DIR=.*$/m, `Environment=OCM_DATA_DIR=${o.dataDir}`)
    .replace(/^Environment=HOME=.*$/m, `Environment=HOME=${o.dataDir}`)
    .replace(/^ReadWritePaths=.*$/m, `ReadWritePaths=${o.dataDir}`)
    // StateDirectory= only manages /var/lib/<name>; another data dir must exist and belong to the user
    .replace(/^StateDirectory=ocm\nStateDirectoryMode=0700\n/m, o.dataDir === '/var/lib/ocm' ? 'StateDirectory=ocm\nStateDirectoryMode=0700\n' : '')
    .replace(/^ExecStart=.*$/m, `ExecStart=${process.execPath} ${startArgs(o.root)}`);
  const file = join(o.dest, 'ocm.service');
  return {
    kind: 'systemd',
    file,
    text,
    next: [
      `id ${o.user} >/dev/null 2>&1 || sudo useradd --system --home-dir ${o.dataDir} --shell /usr/sbin/nologin ${o.user}`,
      `sudo install -d -m 700 ${join(o.envFile, '..')} && sudo install -m 600 /dev/null ${o.envFile}   # once; then put TELEGRAM_BOT_TOKEN=… and OCM_OWNER_IDS=… in it`,
      `sudo systemctl daemon-reload && sudo systemctl enable --now ocm`,
      `logs: journalctl -u ocm -f   (JSON lines; since the last start: journalctl -u ocm -b)`,
      `check the set-up as the service sees it: sudo systemd-run --pipe --wait -p User=${o.user} -p EnvironmentFile=${o.envFile} -p WorkingDirectory=${o.root} -E OCM_DATA_DIR=${o.dataDir} -E HOME=${o.dataDir} ${process.execPath} node_modules/.bin/tsx scripts/doctor.ts`,
    ],
  };
}

const xml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sh = (v: string) => (/^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);

function launchdPlist(o: { root: string; dataDir: string; envFile: string; dest: string }): Target {
  const env = xml(sh(o.envFile));
  const text = readFileSync(join(OCM_ROOT, 'deploy', 'ai.ocm.manager.plist'), 'utf8')
    .replace('[ -r /usr/local/etc/ocm/env ] &amp;&amp; . /usr/local/etc/ocm/env;', `[ -r ${env} ] &amp;&amp; . ${env};`)
    .replace('exec /usr/local/bin/node --import tsx src/main.ts', `exec ${xml(sh(process.execPath))} ${startArgs(o.root)}`)
    .replace('<string>/opt/ocm</string>', `<string>${xml(o.root)}</string>`)
    .replace('<string>/usr/local/var/ocm</string>', `<string>${xml(o.dataDir)}</string>`);
  const file = join(o.dest, 'ai.ocm.manager.plist');
  return {
    kind: 'launchd',
    file,
    text,
    next: [
      `mkdir -p /usr/local/var/log/ocm ${o.dataDir} && touch ${o.envFile} && chmod 600 ${o.envFile}   # then put TELEGRAM_BOT_TOKEN=… and OCM_OWNER_IDS=… in it`,
      `launchctl bootstrap gui/$(id -u) ${file}   (after a change: launchctl bootout gui/$(id -u)/ai.ocm.manager first)`,
      `logs: tail -f /usr/local/var/log/ocm/ocm.log   launchd's own: log show --last 1h --predicate 'eventMessage CONTAINS "ai.ocm.manager"'`,
    ],
  };
}

function diff(oldPath: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocm-unit-'));
  try {
    const fresh = join(dir, 'new');
    writeFileSync(fresh, text);
    const r = spawnSync('diff', ['-u', '--label', `${oldPath} (installed)`, '--label', `${oldPath} (new)`, oldPath, fresh], { encoding: 'utf8' });
    return r.stdout || '(the files differ)';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        yes: { type: 'boolean', short: 'y', default: false },
        force: { type: 'boolean', default: false },
        dest: { type: 'string' },
        platform: { type: 'string', default: process.platform },
        user: { type: 'string', default: 'ocm' },
        'data-dir': { type: 'string' },
        'secrets-file': { type: 'string' },
      },
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const root = OCM_ROOT;
  let t: Target;
  if (args.platform === 'linux') {
    t = systemdUnit({ root, user: args.user, dataDir: resolve(args['data-dir'] ?? '/var/lib/ocm'), envFile: resolve(args['secrets-file'] ?? '/etc/ocm/env'), dest: resolve(args.dest ?? '/etc/systemd/system') });
  } else if (args.platform === 'darwin') {
    t = launchdPlist({ root, dataDir: resolve(args['data-dir'] ?? '/usr/local/var/ocm'), envFile: resolve(args['secrets-file'] ?? '/usr/local/etc/ocm/env'), dest: resolve(args.dest ?? join(homedir(), 'Library', 'LaunchAgents')) });
  } else {
    process.stderr.write(`ocm: no service unit for the platform ${args.platform}: OCM ships systemd (linux) and launchd (darwin) units\n`);
    return 2;
  }
  const next = () => process.stdout.write(`\nNext:\n${t.next.map((l) => `  ${l}`).join('\n')}\n`);

  if (existsSync(t.file)) {
    const current = readFileSync(t.file, 'utf8');
    if (current === t.text) {
      process.stdout.write(`${t.file} is already installed and unchanged.\n`);
      next();
      return 0;
    }
    process.stdout.write(`${t.file} exists and differs from what this checkout would write:\n${diff(t.file, t.text)}\n`);
    if (!args.force) {
      process.stderr.write(`ocm: not replacing ${t.file}, which was changed: keep your edits, or run again with --force to replace it\n`);
      return 1;
    }
  }
  if (!args.yes) {
    if (!process.stdin.isTTY) {
      process.stderr.write(`ocm: would write the ${t.kind} unit ${t.file}; not a terminal, so nothing was written: run again with --yes\n`);
      return 1;
    }
    process.stdout.write(`${t.text}\n`);
    if (!(await confirm(`Write this ${t.kind} unit to ${t.file}?`))) {
      process.stdout.write('Nothing written.\n');
      return 1;
    }
  }
  try {
    mkdirSync(resolve(t.file, '..'), { recursive: true });
    writeFileSync(t.file, t.text, { mode: 0o644 });
  } catch (err) {
    process.stderr.write(`ocm: cannot write ${t.file} (${(err as NodeJS.ErrnoException).code ?? 'error'}): run it with sudo, or --dest DIR\n`);
    return 1;
  }
  process.stdout.write(`Wrote ${t.file}.\n`);
  next();
  return 0;
}

main().then((code) => process.exit(code));
