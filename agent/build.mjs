#!/usr/bin/env node
// Builds the node agent from its parts: agent/src/header.sh, then agent/src/lib/*.sh, then
// agent/src/cmd/<name>.sh (one `cmd_<name>` function each, dashes as underscores, with a
// "# Usage: <name> …" comment above it), then a guarded `main "$@"`. OCM builds it in memory
// when it reads the agent (src/nodes/agent.ts); `npm run build:agent` writes agent/ocm-agent.sh,
// which the local node and the tests run, and `--check` fails when that file is stale.
//
// The version is the SHA-256 (hex) of the built file without its AGENT_VERSION line:
//   grep -v '^AGENT_VERSION=' agent/ocm-agent.sh | sha256sum
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AGENT_SRC_DIR = fileURLToPath(new URL('./src', import.meta.url));
export const AGENT_BUILT_PATH = fileURLToPath(new URL('./ocm-agent.sh', import.meta.url));

const NAME_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function sh(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sh'))
    .sort();
}

function squote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function text(path) {
  const t = readFileSync(path, 'utf8');
  return t.endsWith('\n') ? t : `${t}\n`;
}

/** The usage line of cmd/<file>, checked: one cmd_<name> function with "# Usage: <name>…" above it. */
function commandPart(dir, file) {
  const name = basename(file, '.sh');
  const where = `agent/src/cmd/${file}`;
  if (!NAME_RE.test(name)) throw new Error(`${where}: a subcommand name is lowercase letters, digits and dashes`);
  const fn = `cmd_${name.replace(/-/g, '_')}`;
  const body = text(join(dir, 'cmd', file));
  const lines = body.split('\n');
  const defs = lines.flatMap((l, i) => (/^cmd_[A-Za-z0-9_]*\s*\(\)/.test(l) ? [i] : []));
  const at = lines.findIndex((l) => l.startsWith(`${fn}() {`));
  if (at < 0 || defs.length !== 1) throw new Error(`${where}: must define exactly one function, ${fn}() {`);
  let usage = null;
  for (let i = at - 1; i >= 0 && lines[i].startsWith('#'); i--) {
    const m = /^# Usage: (.*)$/.exec(lines[i]);
    if (m) usage = m[1].trim();
  }
  if (!usage || (usage !== name && !usage.startsWith(`${name} `))) throw new Error(`${where}: needs a "# Usage: ${name} …" comment right above ${fn}`);
  return { name, fn, usage, body, where };
}

/**
 * Builds the agent from the parts in `dir` (default agent/src).
 * @returns {{ text: string, version: string, commands: { name: string, usage: string }[] }}
 */
export function buildAgent(dir = AGENT_SRC_DIR) {
  const libs = sh(join(dir, 'lib')).map((f) => ({ where: `agent/src/lib/${f}`, body: text(join(dir, 'lib', f)) }));
  for (const l of libs) {
    if (/^cmd_[A-Za-z0-9_]*\s*\(\)/m.test(l.body)) throw new Error(`${l.where}: subcommands (cmd_*) live in agent/src/cmd/<name>.sh`);
  }
  const cmds = sh(join(dir, 'cmd')).map((f) => commandPart(dir, f));
  if (!cmds.length) throw new Error('agent/src/cmd: no subcommands');
  const parts = [...libs, ...cmds];
  for (const p of parts) if (/^AGENT_VERSION=/m.test(p.body)) throw new Error(`${p.where}: AGENT_VERSION is set by the build`);

  const head =
    text(join(dir, 'header.sh')) +
    '#\n' +
    '# Subcommands (from the "# Usage:" comment above each cmd_* function):\n' +
    cmds.map((c) => `#   ${c.usage}\n`).join('') +
    '#\n' +
    '# BUILT FILE: agent/build.mjs (npm run build:agent) concatenates agent/src/header.sh, lib/*.sh\n' +
    '# and cmd/*.sh; edit those. AGENT_VERSION is the SHA-256 of this file without that line:\n' +
    "#   grep -v '^AGENT_VERSION=' ocm-agent.sh | sha256sum\n";
  const rest =
    parts.map((p) => `\n# ---------------------------------------------------------------- ${p.where}\n${'usage' in p ? `# shellcheck disable=SC2034 # read as \${!v} by lib/main.sh\nAGENT_USAGE_${p.fn}=${squote(p.usage)}\n` : ''}${p.body}`).join('') +
    '\n# ---------------------------------------------------------------- run (not when sourced by the tests)\n' +
    '[ -n "${OCM_AGENT_SOURCED:-}" ] || main "$@"\n';
  const version = createHash('sha256').update(head + rest).digest('hex');
  return { text: `${head}AGENT_VERSION=${version}\n${rest}`, version, commands: cmds.map((c) => ({ name: c.name, usage: c.usage })) };
}

/** The version a built file embeds, checked against its content (null when missing or not matching). */
export function verifiedVersion(built) {
  const m = /^AGENT_VERSION=([0-9a-f]{64})$/m.exec(built);
  if (!m) return null;
  const rest = built
    .split('\n')
    .filter((l) => !l.startsWith('AGENT_VERSION='))
    .join('\n');
  return createHash('sha256').update(rest).digest('hex') === m[1] ? m[1] : null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { text: built, version } = buildAgent();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(AGENT_BUILT_PATH, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== built) {
      console.error('agent/ocm-agent.sh is stale: run npm run build:agent (and commit it)');
      process.exit(1);
    }
    console.log(`agent/ocm-agent.sh is current (${version.slice(0, 12)})`);
  } else {
    writeFileSync(AGENT_BUILT_PATH, built, { mode: 0o755 });
    console.log(`agent/ocm-agent.sh built (${version.slice(0, 12)}, ${built.length} bytes)`);
  }
}
