import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../agent/ocm-agent.sh', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'ocm-logscan-'));
const log = join(home, '.openclaw', 'logs', 'gateway.log');
mkdirSync(join(home, '.openclaw', 'logs'), { recursive: true });
// the node's own log file (not whatever lies in /tmp/openclaw on this machine)
writeFileSync(join(home, '.openclaw', 'openclaw.json'), '{ "logging": { "file": "~/.openclaw/logs/gateway.log" } }');
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface Scan { source: string | null; cursor: string | null; scanned_bytes: number; counts: Record<string, number>; samples: string[] }

function agent<T>(args: string[]): Promise<{ code: number; json: T }> {
  return new Promise((resolve) => {
    execFile('bash', [SCRIPT, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home } }, (err, stdout) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, json: JSON.parse(stdout.trim().split('\n').pop() ?? 'null') as T });
    });
  });
}

describe('ocm-agent logscan and clock', () => {
  it('starts at the end, then counts only new lines; a line still being written waits for the next scan', async () => {
    writeFileSync(log, 'old ERROR before OCM looked\n');
    const first = await agent<Scan>(['logscan']);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ source: `file:${log}`, scanned_bytes: 0, counts: { ERROR: 0, CRITICAL: 0, FAIL: 0 } });
    appendFileSync(log, 'fine\nERROR one\nFAILED two\nhalf ERR');
    const second = await agent<Scan>(['logscan', '--cursor', first.json.cursor!]);
    expect(second.json.counts).toEqual({ ERROR: 1, CRITICAL: 0, FAIL: 1 });
    expect(second.json.samples).toEqual(['ERROR one', 'FAILED two']);
    appendFileSync(log, 'OR finished\n');
    const third = await agent<Scan>(['logscan', '--cursor', second.json.cursor!, '--pattern', 'ERR(OR)?', '--pattern', 'quote"d']);
    expect(third.json.counts).toEqual({ 'ERR(OR)?': 1, 'quote"d': 0 });
    expect(third.json.samples).toEqual(['half ERROR finished']);
  });

  it('reads a rotated file from its start', async () => {
    const before = await agent<Scan>(['logscan']);
    renameSync(log, `${log}.1`);
    writeFileSync(log, 'CRITICAL after rotation\n');
    const after = await agent<Scan>(['logscan', '--cursor', before.json.cursor!]);
    expect(after.json.counts.CRITICAL).toBe(1);
  });

  it('refuses a malformed cursor; clock prints milliseconds', async () => {
    const bad = await agent<{ ok: boolean; error: string }>(['logscan', '--cursor', '1;reboot']);
    expect(bad.code).toBe(2);
    expect(bad.json.error).toMatch(/--cursor must look like INODE:OFFSET/);
    const c = await agent<{ time_ms: number }>(['clock']);
    expect(Math.abs(c.json.time_ms - Date.now())).toBeLessThan(5000);
  });
});
