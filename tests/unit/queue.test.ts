import { describe, expect, it } from 'vitest';
import type { LockSpec } from '../../src/core/types.js';
import { createLockQueue } from '../../src/pipeline/queue.js';

const info = (id: string) => ({ operationId: id, action: id, actor: { kind: 'system' as const, id: 'test' }, since: 0 });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('lock queue', () => {
  it('runs one node in arrival order, other nodes in parallel, the cluster lock alone', async () => {
    const q = createLockQueue();
    const started: string[] = [];
    const releases = new Map<string, () => void>();
    const take = (id: string, spec: LockSpec) =>
      void q.acquire(spec, info(id)).then((rel) => {
        started.push(id);
        releases.set(id, rel);
      });
    take('a1', { kind: 'nodes', nodes: ['a'] });
    take('b1', { kind: 'nodes', nodes: ['b'] });
    take('a2', { kind: 'nodes', nodes: ['a'] });
    take('all', { kind: 'cluster' });
    take('c1', { kind: 'nodes', nodes: ['c'] }); // arrives after the cluster op: must wait for it
    await tick();
    expect(started).toEqual(['a1', 'b1']);
    expect(q.busy('a')?.action).toBe('a1');
    expect(q.busy('c')).toBeUndefined();
    releases.get('a1')!();
    await tick();
    expect(started).toEqual(['a1', 'b1', 'a2']);
    releases.get('b1')!();
    releases.get('a2')!();
    await tick();
    expect(started).toEqual(['a1', 'b1', 'a2', 'all']);
    expect(q.busy('zzz')?.action).toBe('all');
    releases.get('all')!();
    releases.get('all')!(); // a second release is harmless
    await tick();
    expect(started.at(-1)).toBe('c1');
  });
});
