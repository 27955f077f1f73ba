// Lint rules for the node agent (run by scripts/lint.mjs): agent/ocm-agent.sh is the current build
// of agent/src, and shellcheck passes over the built agent and over each part.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_BUILT_PATH, AGENT_SRC_DIR, buildAgent } from '../agent/build.mjs';

// A part read alone: SC2034 (assigned, unused) and SC2153 (looks misspelt) are about globals that
// one part sets and another reads; the built file is checked with every rule.
const PART_EXCLUDES = 'SC2034,SC2153';

function shellcheck(args, input) {
  return spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', ...args], { input, encoding: 'utf8' });
}

/** Problems found, in words; `notes` gets what was skipped. */
export function lintAgent(notes = []) {
  const problems = [];
  let built;
  try {
    built = buildAgent().text;
  } catch (err) {
    return [`agent: ${err.message}`];
  }
  let current = '';
  try {
    current = readFileSync(AGENT_BUILT_PATH, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== built) problems.push('agent/ocm-agent.sh: stale; run npm run build:agent (and commit it)');

  const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    if (process.getuid?.() === 0) problems.push('shellcheck is not installed: apt-get install -y shellcheck');
    else notes.push('lint: shellcheck not installed (and not root), agent shell checks skipped: sudo apt-get install -y shellcheck');
    return problems;
  }
  const whole = shellcheck(['-'], built);
  if (whole.status !== 0) problems.push(`agent (built): shellcheck findings:\n${whole.stdout.replace(/^-:/gm, 'ocm-agent.sh:').trim()}`);
  const parts = ['lib', 'cmd'].flatMap((d) => readdirSync(join(AGENT_SRC_DIR, d)).filter((f) => f.endsWith('.sh')).map((f) => join(AGENT_SRC_DIR, d, f)));
  const each = shellcheck(['-e', PART_EXCLUDES, join(AGENT_SRC_DIR, 'header.sh'), ...parts]);
  if (each.status !== 0) problems.push(`agent parts: shellcheck findings:\n${each.stdout.trim()}`);
  return problems;
}
