import { join } from 'node:path';
import { z } from 'zod';
import { publishedCommands } from '../bot/features/command-names.js';
import { b, esc, pre } from '../bot/render/html.js';
import type { Config } from '../config.js';
import { actionsWith, bindActions, type AnyAction } from '../core/action.js';
import { readAgentScript } from '../nodes/agent.js';
import type { NodeService } from '../nodes/service.js';
import type { Store } from '../store/store.js';
import { doctorFailed, formatDoctor, runDoctor } from './checks.js';
import { formatUptime, schemaVersion, versionLabel, type VersionInfo } from './version.js';

export interface DoctorActionDeps {
  config: Config;
  store: Pick<Store, 'db' | 'nodes'>;
  nodes: Pick<NodeService, 'sshTo' | 'agent'>;
  catalog(): readonly AnyAction[];
  version: VersionInfo;
  /** Seconds since OCM started. */
  uptimeS(): number;
  fetch?: typeof fetch;
}

const defineAction = actionsWith<DoctorActionDeps>();

export const doctorAction = defineAction({
  name: 'doctor',
  group: 'general',
  description: "Check OCM's set-up: Telegram, Claude, SSH key, every node, backups, disk, clock",
  usage: '/doctor',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const s = ctx.services;
    ctx.progress('🩺 Checking the set-up…');
    const lines = await runDoctor({
      config: s.config,
      nodeList: () => s.store.nodes.list(),
      nodes: s.nodes,
      ocmKeyPath: join(s.config.dataDir, 'keys', 'ocm_ed25519'),
      agentVersion: readAgentScript().version,
      commands: () => publishedCommands(s.catalog()),
      wallNow: Date.now,
      ...(s.fetch ? { fetch: s.fetch } : {}),
    });
    const failed = doctorFailed(lines);
    const warned = lines.some((l) => l.mark === 'warn');
    // the same verdicts as `npm run doctor`
    const head = failed ? '🩺 OCM doctor: problems found' : warned ? '🩺 OCM doctor: usable, with warnings' : '🩺 OCM doctor: all checks passed';
    return {
      html: `${b(head)}\n${pre(formatDoctor(lines))}`,
      data: { lines, failed },
    };
  },
});

export const versionAction = defineAction({
  name: 'version',
  group: 'general',
  description: "OCM's version, uptime, Node.js, agent and database schema",
  usage: '/version',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const s = ctx.services;
    const v = s.version;
    const schema = schemaVersion(s.store);
    const rows = [
      `${b('OCM')} ${esc(versionLabel(v))}`,
      `Uptime: ${esc(formatUptime(s.uptimeS()))}`,
      `Node.js: ${esc(v.node)}`,
      `Agent: ${esc(v.agent)}`,
      `Schema: ${schema.applied} migrations${schema.last ? ` (last ${esc(schema.last)})` : ''}`,
    ];
    return { html: rows.join('\n'), data: { ...v, uptime_s: Math.round(s.uptimeS()), schema } };
  },
});

export function createDoctorActions(deps: DoctorActionDeps): AnyAction[] {
  return bindActions(deps, [doctorAction, versionAction]);
}
