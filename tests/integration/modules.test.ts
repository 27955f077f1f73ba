import { afterEach, describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.js';
import { configSections, MODULES } from '../../src/modules.js';
import { renderConfigTable } from '../../scripts/docs-config.js';
import { appliedMigrations } from '../../src/store/migrate.js';
import { demoModule } from '../fixtures/demo-module/module.js';
import { until } from '../support/capture.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

let c: ConsoleApp | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

const greetings = (app: ConsoleApp['app']) => app.store.db.prepare('SELECT who, actor FROM demo_greetings ORDER BY id').all() as { who: string; actor: string }[];

describe('adding a capability is one folder and one line', () => {
  it('a demo module brings its migration, its action (through the pipeline) and its job (through the scheduler)', async () => {
    c = startConsoleApp({ modules: [...MODULES, demoModule] });
    const { app } = c;
    // its migration ran after every built-in one, recorded by id
    expect(appliedMigrations(app.store.db).map((m) => m.id).at(-1)).toBe('demo_0001_greetings');
    // its action is a slash command like any other: in /help, validated, audited
    await c.type('/help');
    await c.waitFor(/\/greet \[who\] — Greet someone and remember it/);
    c.mark();
    await c.type('/greet alice');
    await c.waitFor(/👋 Hello, alice! \(greeting number 1\)/);
    await c.type('/greet ALICE!');
    await c.waitFor(/who/);
    expect(greetings(app)).toEqual([{ who: 'alice', actor: 'console:tester' }]);
    const [refused, greeted] = app.store.audit.recent(10).filter((a) => a.action === 'greet');
    expect(greeted).toMatchObject({ operator: 'console', result: 'succeeded', target: 'alice' });
    expect(refused).toMatchObject({ operator: 'console', result: 'failed' });

    // its job runs on the scheduler's own timer, as actor cron, audited
    expect(app.scheduler.jobs().map((j) => j.name)).toContain('demo-greeter');
    app.startJobs();
    await until(() => greetings(app).some((g) => g.who === 'cron'), 5000, () => 'a greeting from the demo job');
    expect(greetings(app).find((g) => g.who === 'cron')?.actor).toBe('cron:demo-greeter');
    await app.pipeline.idle();
    const row = app.store.audit.recent(20).find((a) => a.action === 'greet' && a.target === 'cron');
    expect(row).toMatchObject({ operator: 'cron', operatorDetail: 'cron:demo-greeter (demo greeter)', result: 'succeeded' });
  }, 30_000);

  it('its config key is read from ocm.yaml and the environment, listed in the README table, and unknown without the module', async () => {
    const modules = [...MODULES, demoModule];
    c = startConsoleApp({ modules, yaml: 'demo:\n  greeting: Hi\n' });
    await c.type('/greet bob');
    await c.waitFor(/👋 Hi, bob! \(greeting number 1\)/);
    await c.close();
    c = startConsoleApp({ modules, env: { OCM_DEMO_GREETING: 'Servus' }, yaml: 'demo:\n  greeting: Hi\n' });
    await c.type('/greet bob');
    await c.waitFor(/👋 Servus, bob!/);
    // the generated table lists a module's keys with its env var and default
    expect(renderConfigTable(configSections(modules))).toMatch(/`OCM_DEMO_GREETING`.*`demo\.greeting`.*Hello.*what \/greet says/);
    // without the module in the list, `demo:` in ocm.yaml is an unknown setting
    const plain = createConfig({}, { path: 'ocm.yaml', text: 'demo:\n  greeting: Hi\n' }, '/', configSections(MODULES));
    expect(plain.ok).toBe(false);
  }, 30_000);

  it('the built-in backup push retry is a job too: skipped while nothing waits, dispatched as actor cron when commits wait', async () => {
    c = startConsoleApp();
    const { app } = c;
    expect(app.scheduler.jobs().map((j) => j.name)).toEqual(['backup-schedule', 'backup-push-retry', 'watchdog-slow-checks']);
    expect(await app.scheduler.run('backup-push-retry')).toBeNull();
    app.store.kv.set('backup.push_pending', 2);
    const out = await app.scheduler.run('backup-push-retry');
    expect(out?.result).toBe('succeeded');
    expect(app.store.audit.recent(5).find((a) => a.action === 'pushretry')).toMatchObject({ operator: 'cron', operatorDetail: 'cron:backup-push-retry (backup push retry)' });
  });

  it('two modules declaring the same action stop OCM at start, naming the action', () => {
    const twin = { ...demoModule, name: 'demo2', migrations: [] };
    expect(() => startConsoleApp({ modules: [...MODULES, demoModule, twin] })).toThrow(/two modules declare the action greet/);
  });
});
