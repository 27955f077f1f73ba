import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import type { AgentStatus } from '../../src/nodes/agent.js';
import type { WebSources } from '../../src/web/sources.js';
import { tempDir } from './capture.js';

/** A status as `ocm-agent status` prints it (fields as in agent/ocm-agent.sh). */
export function agentStatus(o: { host: string; cpu: number; ram: number; disk: number; version: string; healthy?: boolean; skills?: { name: string; eligible: boolean; disabled: boolean }[] }): AgentStatus {
  return {
    agent_version: 'b18e30d4274f7b00d2586365332d44ecbde4e9ffea13093b48538b6a9177edc2',
    hostname: o.host,
    os: 'linux',
    os_version: 'Debian GNU/Linux 12',
    arch: 'x86_64',
    uptime_s: 86_400,
    load: [0.1, 0.2, 0.3],
    cpu_count: 4,
    cpu_pct: o.cpu,
    mem: { total_bytes: 8 * 2 ** 30, used_bytes: (8 * 2 ** 30 * o.ram) / 100, available_bytes: (8 * 2 ** 30 * (100 - o.ram)) / 100, used_pct: o.ram },
    disk: { path: '/home/claw/.openclaw', total_bytes: 100 * 2 ** 30, used_bytes: o.disk * 2 ** 30, available_bytes: (100 - o.disk) * 2 ** 30, used_pct: o.disk },
    openclaw: {
      installed: true,
      path: '/usr/local/bin/openclaw',
      version: o.version,
      home: '/home/claw/.openclaw',
      home_exists: true,
      service_manager: 'systemd',
      gateway: { running: true, pid: 4242, port: 18789, healthy: o.healthy ?? true },
      skills: o.skills ?? null,
    },
    time_unix: 1_795_000_000,
  };
}

export interface WebApp {
  app: App;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * OCM (console mode, real SQLite in a temp dir) with its status page configured on a free port;
 * the caller starts it with `app.web!.start()`.
 */
export function startWebApp(opts: { env?: Record<string, string>; sources?: WebSources; now?: () => number; localNode?: boolean } = {}): WebApp {
  const dir = tempDir('ocm-web-');
  const yaml = opts.localNode === false ? 'local_node: false\n' : '';
  const cfg = createConfig({ OCM_DATA_DIR: dir.path, OCM_STATUS_PORT: '0', ...opts.env }, yaml ? { path: 'test.yaml', text: yaml } : undefined);
  if (!cfg.ok) throw new Error(cfg.errors.join('\n'));
  const app = createApp(cfg.config, {
    log: silentLogger(),
    consoleOutput: new PassThrough(),
    consoleUser: 'tester',
    ...(opts.sources ? { webSources: opts.sources } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return {
    app,
    dataDir: dir.path,
    async close() {
      await app.stop('test end');
      dir.remove();
    },
  };
}

/**
 * Three nodes as OCM would have recorded them: g3s-01 online with skills, g3s-02 online, mini-02
 * offline (its last status kept, as the store does). Key paths and host keys are set so tests can
 * check they never leave OCM.
 */
export function seedThreeNodes(app: App): void {
  const { nodes } = app.store;
  nodes.upsert({ id: 'g3s-01', name: 'Living room', transport: 'ssh', host: '10.0.0.11', port: 22, sshUser: 'ocm', keyPath: '/etc/ocm/secret-g3s-01.key', hostKeyFp: 'SHA256:AAAAhostkeyfingerprintg3s01AAAAAAAAAAAAAAAAAA' });
  nodes.setHostKey('g3s-01', 'SHA256:AAAAhostkeyfingerprintg3s01AAAAAAAAAAAAAAAAAA', 'pinned');
  nodes.setStatus('g3s-01', 'online', {
    statusJson: JSON.stringify(
      agentStatus({
        host: 'g3s-01',
        cpu: 8,
        ram: 42,
        disk: 31,
        version: '2026.9.6',
        skills: [
          { name: 'healthcheck', eligible: true, disabled: false },
          { name: 'python', eligible: true, disabled: false },
          { name: '1password', eligible: false, disabled: false },
          { name: 'weather', eligible: true, disabled: true },
        ],
      }),
    ),
    seen: true,
  });
  nodes.upsert({ id: 'g3s-02', name: 'Study', transport: 'ssh', host: '10.0.0.12', port: 22, sshUser: 'ocm' });
  nodes.setStatus('g3s-02', 'online', { statusJson: JSON.stringify(agentStatus({ host: 'g3s-02', cpu: 12, ram: 38, disk: 55, version: '2026.9.5', skills: [{ name: 'Python', eligible: true, disabled: false }] })), seen: true });
  nodes.upsert({ id: 'mini-02', name: 'Mini 2', transport: 'ssh', host: '10.0.0.22', port: 2222, sshUser: 'ocm' });
  nodes.setStatus('mini-02', 'online', { statusJson: JSON.stringify(agentStatus({ host: 'mini-02', cpu: 5, ram: 51, disk: 20, version: '2026.9.6' })), seen: true });
  nodes.setStatus('mini-02', 'offline', { lastError: 'mini-02: no SSH answer from 10.0.0.22:2222 within 10 s — the machine may be hung', seen: false });
}
