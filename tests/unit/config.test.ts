import { describe, expect, it } from 'vitest';
import { createConfig, loadConfig } from '../../src/config.js';
import { tempDir } from '../support/capture.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('config', () => {
  it('says what is wrong with a setting in English words, also where the schema is shared with the chat (catalog keys)', () => {
    const r = createConfig({ OCM_STATUS_HOST: 'not a host;', OCM_LANG: 'fr', OCM_TIMEZONE: 'Mars/Olympus' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.find((e) => e.startsWith('OCM_STATUS_HOST'))).toMatch(/^OCM_STATUS_HOST: a host is a DNS name or an IP address/);
    expect(errors.some((e) => e.startsWith('OCM_LANG:'))).toBe(true);
    expect(errors).toContain('OCM_TIMEZONE: must be an IANA time zone such as Asia/Tokyo or UTC');
  });

  it('defaults to console mode with ./data', () => {
    const r = createConfig({}, undefined, '/srv/ocm');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.mode).toBe('console');
    expect(r.config.dataDir).toBe('/srv/ocm/data');
    expect(r.config.pipeline).toEqual({ confirmTimeoutS: 60, operationTimeoutS: 300 });
  });

  it('refuses a token without owners, naming OCM_OWNER_IDS', () => {
    const r = createConfig({ TELEGRAM_BOT_TOKEN: '123:abc' });
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^OCM_OWNER_IDS: required/)] });
  });

  it('parses owners and keeps the token out of every printout', () => {
    const r = createConfig({ TELEGRAM_BOT_TOKEN: '123456:AAsecretvalue', OCM_OWNER_IDS: '11, 22' });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.mode).toBe('telegram');
    expect(r.config.telegram.ownerIds).toEqual([11, 22]);
    expect(r.config.telegram.token?.reveal()).toBe('123456:AAsecretvalue');
    expect(JSON.stringify(r.config)).not.toContain('AAsecretvalue');
    expect(String(r.config.telegram.token)).toBe('***');
  });

  it('reports one line per problem naming the key', () => {
    const r = createConfig({ LOG_LEVEL: 'loud', OCM_OWNER_IDS: '12,abc', OCM_CONFIRM_TIMEOUT_S: '-1', TELEGRAM_API_ROOT: 'not a url' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(4);
    expect(r.errors.some((e) => e.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('OCM_OWNER_IDS:'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('OCM_CONFIRM_TIMEOUT_S:'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('TELEGRAM_API_ROOT:'))).toBe(true);
  });

  it('reads the YAML file, lets the environment win, and names unknown keys', () => {
    const yaml = 'data_dir: /var/ocm\nlog_level: debug\npipeline:\n  confirm_timeout_s: 30\n';
    const r = createConfig({ LOG_LEVEL: 'warn' }, { path: 'ocm.yaml', text: yaml });
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.dataDir).toBe('/var/ocm');
    expect(r.config.logLevel).toBe('warn');
    expect(r.config.pipeline.confirmTimeoutS).toBe(30);

    const bad = createConfig({}, { path: 'ocm.yaml', text: 'colour: blue\npipeline:\n  speed: 3\n' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([...bad.errors].sort()).toEqual(['colour: unknown setting in ocm.yaml', 'pipeline.speed: unknown setting in ocm.yaml']);

    const broken = createConfig({}, { path: 'ocm.yaml', text: 'a: [1, 2' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^ocm\.yaml: not valid YAML/);
  });

  it('loads OCM_CONFIG and complains when it is missing', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'ocm.yaml'), 'telegram:\n  owner_ids: [5]\n');
      const r = loadConfig({}, dir.path);
      expect(r.ok && r.config.telegram.ownerIds).toEqual([5]);
      const missing = loadConfig({ OCM_CONFIG: 'nope.yaml' }, dir.path);
      expect(missing.ok).toBe(false);
      if (!missing.ok) expect(missing.errors[0]).toMatch(/^OCM_CONFIG: file not found/);
    } finally {
      dir.remove();
    }
  });
});
