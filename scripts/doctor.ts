// npm run doctor: the checks of /doctor from a terminal; exits 1 on any ❌.
// Reads the same config as OCM (ocm.yaml, the environment); changes nothing (no agent install, no node state).
// Speaks the terminal's language: OCM_LANG, else LC_ALL / LC_MESSAGES / LANG, else English.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publishedCommands } from '../src/bot/features/command-names.js';
import { loadConfig } from '../src/config.js';
import { configLines, doctorFailed, runDoctor, type DoctorLine } from '../src/doctor/checks.js';
import { terminalConfigBlocked, terminalCrash, terminalHeader, terminalLocale, terminalReport } from '../src/doctor/terminal.js';
import { readVersionInfo } from '../src/doctor/version.js';
import { setTimeZone, translator } from '../src/i18n/index.js';
import { silentLogger } from '../src/log.js';
import { listingCatalog, configSections, moduleMigrations, MODULES } from '../src/modules.js';
import { readAgentScript } from '../src/nodes/agent.js';
import type { NodeRecord } from '../src/nodes/model.js';
import { createNodeService } from '../src/nodes/service.js';
import { createStore } from '../src/store/store.js';

const t = translator(terminalLocale(process.env));

async function main(): Promise<number> {
  const v = readVersionInfo();
  process.stdout.write(`${terminalHeader(t, v)}\n`);
  const loaded = loadConfig(process.env, process.cwd(), configSections(MODULES));
  if (!loaded.ok) {
    process.stdout.write(`${terminalConfigBlocked(t, loaded.errors)}\n`);
    return 1;
  }
  const config = loaded.config;
  setTimeZone(config.timezone);
  const log = silentLogger();
  // an existing database is read for the node list (OCM may be running: WAL allows it); no database yet: an empty one in memory
  const dbPath = join(config.dataDir, 'ocm.db');
  const store = createStore(existsSync(dbPath) ? dbPath : ':memory:', Date.now, moduleMigrations(MODULES));
  const keyPath = join(config.dataDir, 'keys', 'ocm_ed25519');
  const nodes = createNodeService({
    store,
    log,
    dataDir: config.dataDir,
    now: Date.now,
    ssh: { privateKeyPath: keyPath, readyTimeoutMs: config.ssh.handshakeTimeoutS * 1000, commandTimeoutMs: config.ssh.commandTimeoutS * 1000, keepaliveMs: config.ssh.keepaliveS * 1000, maxStdoutBytes: config.ssh.maxStdoutBytes, maxStderrBytes: config.ssh.maxStderrBytes },
  });
  const nodeList = (): NodeRecord[] => {
    const known = store.nodes.list();
    // declared nodes OCM has not registered yet are checked as OCM would see them after its start
    const missing = config.nodes.filter((d) => !known.some((n) => n.id === d.id));
    const declared = missing.map((d): NodeRecord => ({
      id: d.id,
      name: d.name,
      transport: 'ssh',
      host: d.host,
      port: d.port,
      sshUser: d.user,
      ocHome: d.home,
      keyPath: d.keyPath ?? null,
      gatewayPort: d.gatewayPort,
      restartCmd: d.restartCmd ?? null,
      hostKeyFp: d.hostKey ?? null,
      hostKeyState: d.hostKey ? 'pinned' : 'pending',
      declared: true,
      undeclared: false,
      status: 'unknown',
      statusJson: null,
      lastError: null,
      lastSeenAt: null,
      createdAt: 0,
      updatedAt: 0,
    }));
    return [...known.filter((n) => n.transport === 'ssh' || config.localNode), ...declared];
  };
  let lines: DoctorLine[];
  try {
    lines = [
      ...configLines([], config.configFile),
      ...(await runDoctor({
        config,
        nodeList,
        nodes,
        ocmKeyPath: keyPath,
        agentVersion: readAgentScript().version,
        commands: () => publishedCommands(listingCatalog()),
        wallNow: Date.now,
        store,
      })),
    ];
  } finally {
    await nodes.close();
    store.close();
  }
  process.stdout.write(`${terminalReport(t, lines)}\n`);
  return doctorFailed(lines) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${terminalCrash(t, err)}\n`);
    process.exit(2);
  },
);
