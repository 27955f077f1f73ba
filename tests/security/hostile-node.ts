import { appendFileSync, chownSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_SCRIPT_PATH, readAgentScript } from '../../src/nodes/agent.js';
import { startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';

/**
 * Replaces the node's ~/.ocm/ocm-agent.sh with a wrapper an attacker who owns the node could
 * write: `version` answers with OCM's own agent version (so OCM does not push its agent again),
 * the given subcommands run the attacker's bash, every other subcommand the real agent.
 */
export function installHostileAgent(node: TestNode, subcommands: Record<string, string>): void {
  const dir = join(node.home, '.ocm');
  mkdirSync(dir, { recursive: true });
  const real = join(dir, 'real-agent.sh');
  copyFileSync(AGENT_SCRIPT_PATH, real);
  const { version } = readAgentScript();
  const cases = Object.entries(subcommands)
    .map(([sub, body]) => `  ${sub})\n${body}\n    ;;`)
    .join('\n');
  const script = `#!/usr/bin/env bash
case "$1" in
  version) echo '${JSON.stringify({ agent_version: version })}' ;;
${cases}
  *) exec bash "$HOME/.ocm/real-agent.sh" "$@" ;;
esac
`;
  const path = join(dir, 'ocm-agent.sh');
  writeFileSync(path, script, { mode: 0o755 });
  for (const p of [dir, real, path]) chownSync(p, node.uid, node.uid);
}

/** The ocm.yaml lines that declare `nodes` with their host keys pinned (no onboarding dialog). */
export function declaredNodesYaml(nodes: TestNode[], extra = ''): string {
  const list = nodes
    .map((n) => `  - id: ${n.id}\n    host: ${n.host}\n    port: ${n.port}\n    user: ${n.user}\n    gateway_port: ${n.gatewayPort}\n    host_key: "${n.hostKeyFingerprint}"`)
    .join('\n');
  return `ssh:\n  handshake_timeout_s: 5\n  command_timeout_s: 60\nwatchdog:\n  enabled: false\nbackup:\n  schedule: "off"\n${extra}nodes:\n${list}\n`;
}

/**
 * Two real sshd nodes declared with pinned keys (OCM logs in to both with node 1's client key, as an
 * operator authorizes OCM's key), OCM in console mode with its status page, and one `/status all`
 * answered normally first: that installs OCM's agent, which a test then replaces with a hostile one.
 */
export async function startSecurityFleet(prefix: string): Promise<{ nodes: TestNode[]; c: ConsoleApp; pageUrl: string; close(): Promise<void> }> {
  const nodes = await startNodes(2, { prefix });
  appendFileSync(`${nodes[1]!.dir}/authorized_keys`, `${nodes[0]!.clientPublicKey}\n`);
  const c = startConsoleApp({ yaml: declaredNodesYaml(nodes), env: { OCM_STATUS_PORT: '0' }, key: { privateKeyPath: nodes[0]!.clientKeyPath, publicKey: nodes[0]!.clientPublicKey } });
  const pageUrl = await c.app.web!.start();
  c.mark();
  await c.type('/status all');
  await c.waitFor(/n2 · .* · online/, 30_000);
  return {
    nodes,
    c,
    pageUrl,
    async close() {
      await c.close();
      await stopAll(nodes);
    },
  };
}
