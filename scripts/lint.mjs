#!/usr/bin/env node
// Architecture rules from ARCHITECTURE.md that a type checker does not see.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findCycles, importGraph } from './import-cycles.mjs';
import { lintAgent } from './lint-agent.mjs';

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const problems = [];
for (const file of walk('src')) {
  const rel = relative('.', file);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  if (lines > 450) problems.push(`${rel}: ${lines} lines; split it (files stay under ~400 lines)`);
  if (/process\.env/.test(text) && !/^src\/(config|main|app)\.ts$/.test(rel)) problems.push(`${rel}: reads process.env; only config.ts and main.ts may`);
  if (/from 'grammy'|from '@grammyjs\//.test(text) && /^src\/(core|jobs|help|nodes|backup|monitor|scoring|store|pipeline|web|intents)\//.test(rel)) {
    problems.push(`${rel}: capability and core modules never import grammY`);
  }
  if (/\bas any\b/.test(text)) problems.push(`${rel}: 'as any' hides a type error`);
  if (/^\s*export default /m.test(text)) problems.push(`${rel}: use named exports`);
}
const graph = importGraph('src');
for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.map((f) => `src/${f}`).join(' → ')}`);
for (const [file, deps] of Object.entries(graph)) {
  if (!file.startsWith('core/')) continue;
  for (const d of deps) if (!d.startsWith('core/')) problems.push(`src/${file}: src/core/ is a leaf; it imports src/${d}`);
}
const notes = [];
problems.push(...lintAgent(notes));
for (const n of notes) console.warn(n);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`lint: ${walk('src').length} files follow the architecture rules; no import cycle; the agent is current${notes.length ? '' : ' and shellcheck-clean'}`);
