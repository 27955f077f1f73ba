import { join } from 'node:path';
import { z } from 'zod';
import { publishedCommands } from '../bot/features/command-names.js';
import { pre } from '../bot/render/html.js';
import type { Config } from '../config.js';
import { actionsWith, bindActions, type AnyAction } from '../core/action.js';
import { readAgentScript } from '../nodes/agent.js';
import type { NodeService } from '../nodes/service.js';
import type { Store } from '../store/store.js';
import { doctorFailed, doctorVerdict, formatDoctor, runDoctor } from './checks.js';
import { schemaVersion, versionLabel, type VersionInfo } from './version.js';

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
  usage: '/doctor',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const s = ctx.services;
    ctx.progress(ctx.t('doctor-checking'));
    const lines = await runDoctor({
      config: s.config,
      nodeList: () => s.store.nodes.list(),
      nodes: s.nodes,
      ocmKeyPath: join(s.config.dataDir, 'keys', 'ocm_ed25519'),
      agentVersion: readAgentScript().version,
      commands: () => publishedCommands(s.catalog()),
      wallNow: Date.now,
      store: s.store,
      ...(s.fetch ? { fetch: s.fetch } : {}),
    });
    const failed = doctorFailed(lines);
    // the same verdicts as `npm run doctor`
    return {
      html: `${ctx.t(`doctor-head-${doctorVerdict(lines)}`)}\n${pre(formatDoctor(lines, ctx.t))}`,
      data: { lines, failed },
    };
  },
});

export const versionAction = defineAction({
  name: 'version',
  group: 'general',
  usage: '/version',
  tier: 'read',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  async run(_p, ctx) {
    const s = ctx.services;
    const v = s.version;
    const schema = schemaVersion(s.store);
    const rows = [
      ctx.t('doctor-version-ocm', { version: versionLabel(v) }),
      ctx.t('doctor-version-uptime', { uptime: ctx.t.duration(s.uptimeS() * 1000) }),
      ctx.t('doctor-version-node', { node: v.node }),
      ctx.t('doctor-version-agent', { agent: v.agent }),
      schema.last ? ctx.t('doctor-version-schema-last', { count: schema.applied, last: schema.last }) : ctx.t('doctor-version-schema', { count: schema.applied }),
    ];
    return { html: rows.join('\n'), data: { ...v, uptime_s: Math.round(s.uptimeS()), schema } };
  },
});

export function createDoctorActions(deps: DoctorActionDeps): AnyAction[] {
  return bindActions(deps, [doctorAction, versionAction]);
}
