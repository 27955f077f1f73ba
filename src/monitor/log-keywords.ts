import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { redactText } from '../secret.js';
import type { Store } from '../store/store.js';

interface LogState {
  /** Where the last scan stopped (the agent's INODE:OFFSET). */
  cursor: string | null;
  counts: Record<string, number>;
  samples: string[];
  /** First keyword hit not yet reported. */
  since: number | null;
  lastDigestAt: number;
}

const MAX_SAMPLES = 5;

export function logStateKey(nodeId: string): string {
  return `watchdog.logs.${nodeId}`;
}

/**
 * Log keywords: each check the agent counts ERROR / CRITICAL / FAIL (configurable) in the gateway
 * log written since the last check; hits add up per node until a digest is due (at most one per
 * node per `everyMs`). Samples are redacted before they are stored.
 */
export function createLogKeywords(deps: { store: Store; nodes: NodeService; patterns: readonly string[]; everyMs: number; now: () => number }) {
  const { store } = deps;
  function load(nodeId: string): LogState {
    return store.kv.get<LogState>(logStateKey(nodeId)) ?? { cursor: null, counts: {}, samples: [], since: null, lastDigestAt: 0 };
  }
  return {
    async scan(node: NodeRecord): Promise<void> {
      const st = load(node.id);
      const r = await deps.nodes.agent(node).logscan(st.cursor, deps.patterns);
      st.cursor = r.cursor;
      let hits = 0;
      for (const [k, n] of Object.entries(r.counts)) {
        if (n > 0) st.counts[k] = (st.counts[k] ?? 0) + n;
        hits += n;
      }
      if (hits > 0) {
        st.since ??= deps.now();
        for (const line of r.samples) if (st.samples.length < MAX_SAMPLES) st.samples.push(redactText(line).slice(0, 300));
      }
      store.kv.set(logStateKey(node.id), st);
    },
    /** The counts to report now, if any are waiting and the last digest is old enough; resets them. */
    takeDue(nodeId: string): { counts: Record<string, number>; samples: string[]; since: number } | null {
      const st = load(nodeId);
      if (st.since === null || deps.now() - st.lastDigestAt < deps.everyMs) return null;
      const out = { counts: st.counts, samples: st.samples, since: st.since };
      store.kv.set(logStateKey(nodeId), { ...st, counts: {}, samples: [], since: null, lastDigestAt: deps.now() });
      return out;
    },
  };
}
