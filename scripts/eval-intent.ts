// `npm run eval:intent`: the eval set (tests/fixtures/intents.json) against the real Claude, with the
// model and endpoint from the usual settings (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, OCM_INTENT_MODEL).
// Without a key it says so and exits 0. Not part of CI: it costs tokens and depends on the model.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listingCatalog } from '../src/modules.js';
import type { AnyAction } from '../src/core/action.js';
import { createConfig } from '../src/config.js';
import { describeResult, matches, type EvalSet } from '../src/intents/eval.js';
import { createIntentService } from '../src/intents/service.js';
import { silentLogger } from '../src/log.js';
import { createStore } from '../src/store/store.js';


async function main(): Promise<number> {
  const cfg = createConfig(process.env);
  if (!cfg.ok) {
    console.error(cfg.errors.join('\n'));
    return 1;
  }
  if (!cfg.config.anthropic.apiKey) {
    console.log('eval:intent: ANTHROPIC_API_KEY is not set, so there is no Claude to evaluate; nothing was run.');
    console.log('The fallback parser\'s accuracy on the same set is printed by `npx vitest run tests/unit/intent-eval.test.ts`.');
    return 0;
  }
  const set = JSON.parse(readFileSync(new URL('../tests/fixtures/intents.json', import.meta.url), 'utf8')) as EvalSet;
  const catalog: AnyAction[] = listingCatalog();
  const dir = mkdtempSync(join(tmpdir(), 'ocm-eval-'));
  const store = createStore(join(dir, 'ocm.db'));
  try {
    for (const n of set.nodes) store.nodes.upsert({ id: n.id, name: n.name, transport: 'ssh', host: '10.0.0.1', port: 22, sshUser: 'ocm' });
    // a generous rate limit: the eval is one user sending every utterance in a row
    const intents = createIntentService({ catalog, store, log: silentLogger(), now: Date.now, anthropic: cfg.config.anthropic, intent: { ...cfg.config.intent, ratePerMinute: 1000, historyTurns: 0 } });
    console.log(`eval:intent: ${set.cases.length} utterances → ${cfg.config.intent.model} at ${cfg.config.anthropic.baseUrl}`);
    let ok = 0;
    for (const [i, c] of set.cases.entries()) {
      // each utterance in its own chat, so no history leaks from one to the next
      const r = await intents.interpret(c.text, { chatId: 1000 + i, actor: 'eval' });
      const good = matches(c, r);
      if (good) ok++;
      console.log(`${good ? '✓' : '✗'} [${c.lang}] ${c.text} → ${describeResult(r)}`);
    }
    const calls = store.llm.recentCalls(set.cases.length);
    const tokensIn = calls.reduce((s, x) => s + (x.inputTokens ?? 0), 0);
    const tokensOut = calls.reduce((s, x) => s + (x.outputTokens ?? 0), 0);
    const lat = calls.map((x) => x.latencyMs).sort((a, b) => a - b);
    console.log(`accuracy: ${ok}/${set.cases.length} (${Math.round((100 * ok) / set.cases.length)}%); tokens in ${tokensIn}, out ${tokensOut}; median latency ${lat[Math.floor(lat.length / 2)] ?? 0} ms`);
    return 0;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`eval:intent failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
