import { chownSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_SCRIPT_PATH, readAgentScript } from '../../src/nodes/agent.js';
import type { TestNode } from '../harness/sshd.js';

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
