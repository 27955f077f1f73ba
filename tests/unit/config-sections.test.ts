import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { builtinSections, configSection, createConfig, defineSection } from '../../src/config.js';
import { flatSettings, positiveSeconds, secretSetting, settingsTree } from '../../src/config-schema.js';
import { README, renderConfigTable, TABLE_END, TABLE_START, withConfigTable } from '../../scripts/docs-config.js';

/** A module's own section, declared outside the built-in list (as a later capability would). */
const offsiteSection = defineSection({
  key: 'offsite',
  schema: z.object({
    everyS: positiveSeconds.default(3600).describe('seconds between two offsite copies').meta({ env: 'OCM_OFFSITE_EVERY_S' }),
    folderId: z.string().min(1).optional().describe('Drive folder that receives the copies'),
    passphrase: secretSetting().optional().describe('encrypts the copies').meta({ env: 'OCM_OFFSITE_PASSPHRASE' }),
    keepDays: z.coerce.number().int().min(1).default(14).describe('copies older than this are deleted'),
  }),
});
const sections = [...builtinSections, offsiteSection];

describe('config sections', () => {
  it('parses a section from outside the built-in list, with its own types, env and YAML names', () => {
    const r = createConfig({ OCM_OFFSITE_PASSPHRASE: 'correct horse battery' }, { path: 'ocm.yaml', text: 'offsite:\n  folder_id: abc123\n  keep_days: 7\n' }, '/srv', sections);
    if (!r.ok) throw new Error(r.errors.join());
    const offsite = configSection(r.config, offsiteSection);
    expectTypeOf(offsite.everyS).toEqualTypeOf<number>();
    expectTypeOf(offsite.folderId).toEqualTypeOf<string | undefined>();
    expect(offsite).toMatchObject({ everyS: 3600, folderId: 'abc123', keepDays: 7 });
    expect(offsite.passphrase?.reveal()).toBe('correct horse battery');
    expect(JSON.stringify(r.config)).not.toContain('correct horse');
    // the built-in keys are untouched by the extra section
    expect(r.config.backup.healthWaitS).toBe(30);
  });

  it('names the keys of an extra section in its problems, and without the section they are unknown', () => {
    const bad = createConfig({ OCM_OFFSITE_EVERY_S: 'hourly' }, { path: 'ocm.yaml', text: 'offsite:\n  keep_days: 0\n  keepDays: 3\n' }, '/srv', sections);
    expect(bad.ok ? [] : [...bad.errors].sort()).toEqual([
      'OCM_OFFSITE_EVERY_S: must be a number of seconds',
      'offsite.keepDays: unknown setting in ocm.yaml',
      expect.stringMatching(/^offsite\.keep_days: /),
    ]);
    const without = createConfig({}, { path: 'ocm.yaml', text: 'offsite:\n  keep_days: 7\n' });
    expect(without).toEqual({ ok: false, errors: ['offsite: unknown setting in ocm.yaml'] });
    const r = createConfig({});
    if (!r.ok) throw new Error(r.errors.join());
    expect(() => configSection(r.config, offsiteSection)).toThrow(/offsite.*not passed to createConfig/);
  });

  it('environment beats the file, the file beats the default, and an empty variable counts as unset', () => {
    const yaml = { path: 'ocm.yaml', text: 'ssh:\n  max_stdout_bytes: 1000\nbackup:\n  max_pack_files: 50\n  max_file_bytes: 4096\n' };
    const r = createConfig({ OCM_SSH_MAX_STDOUT_BYTES: '2000', OCM_BACKUP_MAX_FILE_BYTES: '' }, yaml);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.ssh).toMatchObject({ maxStdoutBytes: 2000, maxStderrBytes: 65536 });
    expect(r.config.backup).toMatchObject({ maxPackFiles: 50, maxFileBytes: 4096, maxPackBytes: 1073741824 });
    const d = createConfig({});
    if (!d.ok) throw new Error(d.errors.join());
    expect(d.config.ssh).toEqual({ handshakeTimeoutS: 10, commandTimeoutS: 60, keepaliveS: 15, fanout: 10, maxStdoutBytes: 8388608, maxStderrBytes: 65536 });
    expect(createConfig({ OCM_BACKUP_MAX_PACK_BYTES: '-5' })).toEqual({ ok: false, errors: ['OCM_BACKUP_MAX_PACK_BYTES: must be more than 0'] });
  });

  it('keeps the derived values: paths against the working dir, schedule off, node names, the alert ladder', () => {
    const text = "backup:\n  schedule: 'off'\n  deploy_key: keys/deploy\nnodes:\n  - id: g3s-01\n    host: 10.0.0.11\n    user: ocm\n    key_path: keys/g3s\n";
    const r = createConfig({ OCM_ALERT_AFTER_S: '10' }, { path: 'ocm.yaml', text: `${text}watchdog:\n  critical_after_s: 999\n` }, '/srv/ocm');
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.config.backup).toMatchObject({ schedule: null, deployKey: '/srv/ocm/keys/deploy' });
    expect(r.config.nodes).toEqual([{ id: 'g3s-01', name: 'g3s-01', host: '10.0.0.11', port: 22, user: 'ocm', home: '~/.openclaw', gatewayPort: 18789, keyPath: '/srv/ocm/keys/g3s' }]);
    expect(r.config.watchdog).toMatchObject({ alertAfterS: 10, escalateAfterS: 30, criticalAfterS: 120 });
    const file = createConfig({}, { path: 'ocm.yaml', text: 'watchdog:\n  alert_after_s: 10\n  critical_after_s: 999\n' });
    expect(file.ok && file.config.watchdog).toMatchObject({ escalateAfterS: 30, criticalAfterS: 999 });
  });

  it('every key has a description, and two sections cannot declare the same env variable', () => {
    const settings = flatSettings(settingsTree(sections));
    expect(settings.length).toBeGreaterThan(50);
    const undescribed = settings.filter((s) => !s.meta.description?.trim()).map((s) => s.yaml);
    expect(undescribed).toEqual([]);
    const clash = defineSection({ key: 'clash', schema: z.object({ x: z.string().optional().describe('x').meta({ env: 'LOG_LEVEL' }) }) });
    expect(() => createConfig({}, undefined, '/', [...builtinSections, clash])).toThrow(/LOG_LEVEL is declared twice/);
  });
});

describe('README configuration table', () => {
  it('is the one generated from the schemas (run npm run docs:config when this fails)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(readme).toContain(TABLE_END);
    expect(withConfigTable(readme)).toBe(readme);
  });

  it('lists every key with its env variable and default, marks secrets, and goes stale when a key changes', () => {
    const table = renderConfigTable();
    expect(table).toContain('| `OCM_SSH_MAX_STDOUT_BYTES` | `ssh.max_stdout_bytes` | `8388608` |');
    expect(table).toContain('| `OCM_INTENT_RATE_PER_MIN` | `intent.rate_limit_per_min` | `10` |');
    expect(table).toMatch(/\| `TELEGRAM_BOT_TOKEN` \| `telegram.token` \| unset → console mode \| .*secret: never logged or echoed/);
    expect(table).toContain('| — | `nodes[].host` | required |');
    const withExtra = renderConfigTable(sections);
    expect(withExtra).toContain('| `OCM_OFFSITE_PASSPHRASE` | `offsite.passphrase` | unset | encrypts the copies (secret: never logged or echoed) |');
    const readme = readFileSync(README, 'utf8');
    expect(withConfigTable(readme, withExtra)).not.toBe(readme);
  });
});
