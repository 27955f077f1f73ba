import type { BusyInfo, LockSpec } from '../core/types.js';

interface Entry {
  spec: LockSpec;
  info: BusyInfo;
  grant: () => void;
}

function conflicts(a: LockSpec, b: LockSpec): boolean {
  if (a.kind === 'none' || b.kind === 'none') return false;
  if (a.kind === 'cluster' || b.kind === 'cluster') return true;
  return a.nodes.some((n) => b.nodes.includes(n));
}

/**
 * Per-node serial queue with a cluster-wide lock. An operation starts when it conflicts with
 * nothing running and with nothing that arrived before it and still waits, so each node sees
 * its operations in arrival order while different nodes run in parallel.
 */
export function createLockQueue() {
  const running: Entry[] = [];
  const waiting: Entry[] = [];

  function pump(): void {
    for (let i = 0; i < waiting.length; i++) {
      const w = waiting[i]!;
      const blocked = running.some((r) => conflicts(r.spec, w.spec)) || waiting.slice(0, i).some((e) => conflicts(e.spec, w.spec));
      if (blocked) continue;
      waiting.splice(i, 1);
      i--;
      running.push(w);
      w.grant();
    }
  }

  return {
    /** Resolves with a release function once the lock is held. */
    acquire(spec: LockSpec, info: BusyInfo): Promise<() => void> {
      return new Promise((resolve) => {
        const entry: Entry = {
          spec,
          info,
          grant: () => {
            let released = false;
            resolve(() => {
              if (released) return;
              released = true;
              const idx = running.indexOf(entry);
              if (idx >= 0) running.splice(idx, 1);
              pump();
            });
          },
        };
        waiting.push(entry);
        pump();
      });
    },
    /** The operation holding a node (directly or through the cluster lock), if any. */
    busy(nodeId: string): BusyInfo | undefined {
      const r = running.find((e) => e.spec.kind === 'cluster' || (e.spec.kind === 'nodes' && e.spec.nodes.includes(nodeId)));
      return r?.info;
    },
    /** How many operations wait behind others for this node. */
    waitingFor(nodeId: string): number {
      return waiting.filter((e) => e.spec.kind === 'cluster' || (e.spec.kind === 'nodes' && e.spec.nodes.includes(nodeId))).length;
    },
    size(): { running: number; waiting: number } {
      return { running: running.length, waiting: waiting.length };
    },
  };
}

export type LockQueue = ReturnType<typeof createLockQueue>;
