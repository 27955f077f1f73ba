import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { createLogger, createRotatingFile } from '../../src/log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ocm-log-'));
  dirs.push(d);
  return d;
}

describe('the console log file', () => {
  it('rotates at the configured size and keeps only the configured number of files', () => {
    const dir = temp();
    const file = join(dir, 'logs', 'ocm.log');
    const cfg = createConfig({ OCM_DATA_DIR: dir, OCM_LOG_MAX_BYTES: '4096', OCM_LOG_MAX_FILES: '3' });
    if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
    expect(cfg.config.log).toEqual({ maxBytes: 4096, maxFiles: 3 });
    const log = createLogger({ level: 'info', file, rotate: cfg.config.log });
    // ~200 bytes a line, 200 lines: ~40 kB written, ten times the limit
    for (let i = 0; i < 200; i++) log.info({ i, pad: 'x'.repeat(120) }, 'line written past the limit');

    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual(['ocm.log', 'ocm.log.1', 'ocm.log.2', 'ocm.log.3']);
    for (const f of files) expect(statSync(join(dir, 'logs', f)).size).toBeLessThanOrEqual(4096);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // whole JSON lines in every file; the newest line is in ocm.log, older ones in .1, .2, .3 in order
    const seq = (f: string) => readFileSync(join(dir, 'logs', f), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { i: number }).i);
    const current = seq('ocm.log');
    expect(current[current.length - 1]).toBe(199);
    const ordered = [...seq('ocm.log.3'), ...seq('ocm.log.2'), ...seq('ocm.log.1'), ...current];
    expect(ordered).toEqual(Array.from({ length: ordered.length }, (_, k) => ordered[0]! + k));
    // the oldest lines were deleted with the fourth rotated file
    expect(ordered[0]).toBeGreaterThan(0);
  });

  it('continues an existing file up to the limit after a restart', () => {
    const dir = temp();
    const path = join(dir, 'ocm.log');
    const a = createRotatingFile({ path, maxBytes: 100, maxFiles: 2 });
    a.write(`${'a'.repeat(59)}\n`);
    a.close();
    const b = createRotatingFile({ path, maxBytes: 100, maxFiles: 2 });
    b.write(`${'b'.repeat(59)}\n`);
    b.close();
    expect(readFileSync(`${path}.1`, 'utf8')).toBe(`${'a'.repeat(59)}\n`);
    expect(readFileSync(path, 'utf8')).toBe(`${'b'.repeat(59)}\n`);
    expect(existsSync(`${path}.2`)).toBe(false);
  });

  it('refuses a limit too small to hold a log line', () => {
    const r = createConfig({ OCM_LOG_MAX_BYTES: '100' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['OCM_LOG_MAX_BYTES: must be at least 4096 bytes']);
  });
});
