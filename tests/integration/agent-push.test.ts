// Nodes running an older agent get this OCM's agent pushed on first contact, over real SSH: the
// version is the built file's SHA-256, compared for equality (any difference means push).
import { appendFileSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_SRC_DIR, buildAgent } from '../../agent/build.mjs';
import { readAgentScript, shortAgentVersion } from '../../src/nodes/agent.js';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`agent push tests skipped: ${avail.reason}`);

const CURRENT = readAgentScript();
const agentOn = (n: TestNode) => join(n.home, '.ocm', 'ocm-agent.sh');

/** Puts `text` on the node as its agent, owned by the node user as OCM would have left it. */
function plant(n: TestNode, text: string): void {
  const dir = join(n.home, '.ocm');
  const { gid } = statSync(n.home);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chownSync(dir, n.uid, gid);
  writeFileSync(agentOn(n), text, { mode: 0o700 });
  chownSync(agentOn(n), n.uid, gid);
}

describe.skipIf(!avail.ok)('agent push over real SSH', () => {
  let nodes: TestNode[];
  let c: ConsoleApp;
  let older: { text: string; version: string };
  const tmp = mkdtempSync(join(tmpdir(), 'ocm-agent-push-'));

  beforeAll(async () => {
    nodes = await startNodes(3, { prefix: 'apush' });
    // node 1: an agent built from parts that differ by one byte (the last release, say)
    const parts = join(tmp, 'src');
    cpSync(AGENT_SRC_DIR, parts, { recursive: true });
    appendFileSync(join(parts, 'lib', 'json.sh'), '# one more byte\n');
    older = buildAgent(parts);
    plant(nodes[0]!, older.text);
    // node 2: an agent from before versions were hashes, which answers {"agent_version":3}
    plant(nodes[1]!, '#!/usr/bin/env bash\nAGENT_VERSION=3\nprintf \'{"agent_version":3}\\n\'\n');
    // node 3: already this OCM's agent
    plant(nodes[2]!, CURRENT.text);
    const yaml =
      'ssh:\n  handshake_timeout_s: 2\n  command_timeout_s: 30\nnodes:\n' +
      nodes.map((n) => `  - { id: ${n.id}, host: ${n.host}, port: ${n.port}, user: ${n.user}, gateway_port: ${n.gatewayPort}, host_key: "${n.hostKeyFingerprint}" }\n`).join('');
    for (const n of nodes.slice(1)) appendFileSync(`${n.dir}/authorized_keys`, `${nodes[0]!.clientPublicKey}\n`);
    c = startConsoleApp({ yaml, key: { privateKeyPath: nodes[0]!.clientKeyPath, publicKey: nodes[0]!.clientPublicKey } });
  }, 120_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('replaces an older built agent on first contact, and the node then reports the new version', async () => {
    const n = nodes[0]!;
    expect(older.version).not.toBe(CURRENT.version);
    const status = await c.app.nodes.agent(c.app.nodes.require(n.id)).status();
    expect(status.agent_version).toBe(CURRENT.version);
    expect(readFileSync(agentOn(n), 'utf8')).toBe(CURRENT.text);
    expect((statSync(agentOn(n)).mode & 0o777).toString(8)).toBe('700');
    const ev = c.app.store.events.recent(20, n.id).find((e) => e.type === 'agent.installed');
    expect(ev?.message).toBe(`${n.id}: OCM agent ${shortAgentVersion(CURRENT.version)} installed (was ${shortAgentVersion(older.version)})`);
  });

  it('replaces an agent from before hashed versions (a number)', async () => {
    const n = nodes[1]!;
    const health = await c.app.nodes.agent(c.app.nodes.require(n.id)).health();
    expect(health.ok).toBe(true);
    expect(readFileSync(agentOn(n), 'utf8')).toBe(CURRENT.text);
    expect(c.app.store.events.recent(20, n.id).find((e) => e.type === 'agent.installed')?.message).toMatch(/installed \(was v3\)$/);
  });

  it('leaves a current agent alone', async () => {
    const n = nodes[2]!;
    const before = statSync(agentOn(n)).mtimeMs;
    const rec = c.app.nodes.require(n.id);
    expect(await c.app.nodes.ensureAgent(rec)).toEqual({ installed: false, version: CURRENT.version });
    expect((await c.app.nodes.agent(rec).version()).agent_version).toBe(CURRENT.version);
    expect(statSync(agentOn(n)).mtimeMs).toBe(before);
    expect(c.app.store.events.recent(20, n.id).some((e) => e.type === 'agent.installed')).toBe(false);
    expect(existsSync(agentOn(n))).toBe(true);
  });
});
