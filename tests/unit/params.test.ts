import { describe, expect, it } from 'vitest';
import { editNodeParams } from '../../src/nodes/edit-actions.js';
import { describeIssues, nearestKey, unknownKeysProblem } from '../../src/pipeline/params.js';

const KEYS = ['id', 'name', 'host', 'port', 'user', 'home', 'gateway_port', 'restart_cmd'];

describe('unknown keys in one-line forms', () => {
  it('names the nearest valid key for a typo', () => {
    expect(nearestKey('hots', KEYS)).toBe('host');
    expect(nearestKey('restartcmd', KEYS)).toBe('restart_cmd');
    expect(nearestKey('gateway-prt', KEYS)).toBe('gateway_port');
    expect(unknownKeysProblem(['id', 'hots'], KEYS)).toBe("unknown key 'hots' — did you mean 'host'?");
  });

  it('lists the valid keys when nothing is close, and says nothing when all keys are known', () => {
    expect(unknownKeysProblem(['colour'], KEYS)).toBe(`unknown key 'colour' — the keys are ${KEYS.join(', ')}`);
    expect(unknownKeysProblem(['id', 'host'], KEYS)).toBeNull();
  });

  it('/editnode params refuse an unknown key with the nearest one; restart_cmd=- clears', () => {
    const bad = editNodeParams.safeParse({ node: 'n1', hots: '10.0.0.1' });
    expect(bad.success).toBe(false);
    expect(describeIssues(bad.error!)).toBe("unknown key 'hots' — did you mean 'host'?");
    expect(editNodeParams.parse({ node: 'n1', restart_cmd: '-' })).toEqual({ node: 'n1', restart_cmd: null });
    expect(editNodeParams.safeParse({ node: 'n1', restart_cmd: 'a\nb' }).success).toBe(false);
  });
});
