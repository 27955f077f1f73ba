import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExternalError } from '../errors.js';
import type { NodeRecord } from './model.js';
import { command, quote, quotePath } from './shell.js';
import type { Transport } from './transport.js';

export const AGENT_SCRIPT_PATH = fileURLToPath(new URL('../../agent/ocm-agent.sh', import.meta.url));
/** Where OCM puts the agent on a remote node. */
export const REMOTE_AGENT_PATH = '~/.ocm/ocm-agent.sh';

export function readAgentScript(): { text: string; version: number } {
  const text = readFileSync(AGENT_SCRIPT_PATH, 'utf8');
  return { text, version: agentVersionOf(text) };
}

export function agentVersionOf(text: string): number {
  const m = /^AGENT_VERSION=(\d+)/m.exec(text);
  return m ? Number(m[1]) : 0;
}

const num = z.number().nullable().optional();

export const agentStatusSchema = z.looseObject({
  agent_version: z.number(),
  hostname: z.string().nullable().optional(),
  os: z.string().nullable().optional(),
  os_version: z.string().nullable().optional(),
  arch: z.string().nullable().optional(),
  uptime_s: num,
  load: z.array(z.number()).nullable().optional(),
  cpu_count: num,
  cpu_pct: num,
  mem: z.looseObject({ total_bytes: num, used_bytes: num, available_bytes: num, used_pct: num }).nullable().optional(),
  disk: z.looseObject({ path: z.string().nullable().optional(), total_bytes: num, used_bytes: num, available_bytes: num, used_pct: num }).nullable().optional(),
  openclaw: z.looseObject({
    installed: z.boolean(),
    path: z.string().nullable().optional(),
    version: z.string().nullable().optional(),
    home: z.string().nullable().optional(),
    home_exists: z.boolean().nullable().optional(),
    service_manager: z.string().nullable().optional(),
    gateway: z.looseObject({ running: z.boolean().nullable().optional(), pid: num, port: num, healthy: z.boolean().nullable().optional() }).nullable().optional(),
    skills: z.unknown().optional(),
  }),
  time_unix: num,
});
export type AgentStatus = z.infer<typeof agentStatusSchema>;

export const agentHealthSchema = z.looseObject({
  ok: z.boolean(),
  checks: z.record(z.string(), z.unknown()).optional(),
  problems: z.array(z.string()).optional(),
});
export type AgentHealth = z.infer<typeof agentHealthSchema>;

export const agentLogsSchema = z.looseObject({ source: z.string(), lines: z.array(z.string()) });
export type AgentLogs = z.infer<typeof agentLogsSchema>;

export const agentRestartSchema = z.looseObject({
  ok: z.boolean(),
  method: z.string().nullable().optional(),
  old_pid: num,
  pid: num,
  healthy: z.boolean().nullable().optional(),
  waited_ms: num,
  error: z.string().nullable().optional(),
});
export type AgentRestart = z.infer<typeof agentRestartSchema>;

export const agentRestoreSchema = z.looseObject({
  ok: z.boolean(),
  applied: z.boolean().optional(),
  reverted: z.boolean().optional(),
  healthy_after_revert: z.boolean().nullable().optional(),
  files: num,
  error: z.string().nullable().optional(),
});
export type AgentRestore = z.infer<typeof agentRestoreSchema>;

export const agentRestoreStatusSchema = z.looseObject({ id: z.string(), state: z.enum(['applied', 'reverted', 'applying', 'none']) });

export const agentLogscanSchema = z.looseObject({
  source: z.string().nullable(),
  cursor: z.string().nullable(),
  scanned_bytes: z.number(),
  skipped_bytes: z.number().optional(),
  counts: z.record(z.string(), z.number()),
  samples: z.array(z.string()),
});
export type AgentLogscan = z.infer<typeof agentLogscanSchema>;

export interface AgentClientOpts {
  /** Path of the script as the node's shell sees it. */
  scriptPath: string;
  /** File system whose usage `status` reports (default: the OpenClaw home). */
  diskPath?: string;
  /** Let the agent read the gateway port from openclaw.json instead of passing the node's. */
  portFromConfig?: boolean;
}

function parseJson(nodeId: string, sub: string, stdout: string, stderr: string): unknown {
  const line = stdout.trim().split('\n').filter(Boolean).pop();
  if (line) {
    try {
      return JSON.parse(line);
    } catch {
      /* fall through */
    }
  }
  const why = stderr.trim().split('\n')[0] || 'no output';
  throw new ExternalError(`${nodeId} agent`, `'${sub}' returned no JSON (${why})`);
}

/** Runs the node agent's subcommands through a transport and validates what they print. */
export function createAgentClient(node: NodeRecord, transport: Transport, opts: AgentClientOpts) {
  function cmd(sub: string, extra: (string | number)[] = []): string {
    const parts = [`bash ${opts.scriptPath.startsWith('~') ? quotePath(opts.scriptPath) : quote(opts.scriptPath)}`, command([sub, ...extra])];
    parts.push(`--home ${quotePath(node.ocHome)}`);
    if (!opts.portFromConfig) parts.push(`--port ${quote(node.gatewayPort)}`);
    if (opts.diskPath) parts.push(`--disk-path ${quotePath(opts.diskPath)}`);
    if (node.restartCmd) parts.push(`--restart-cmd ${quote(node.restartCmd)}`);
    return parts.join(' ');
  }
  async function run<T>(sub: string, schema: z.ZodType<T>, extra: (string | number)[] = [], timeoutMs = 30_000, signal?: AbortSignal, stdin?: Buffer): Promise<T> {
    const r = await transport.exec(cmd(sub, extra), { timeoutMs, ...(signal ? { signal } : {}), ...(stdin ? { stdin } : {}) });
    const parsed = schema.safeParse(parseJson(node.id, sub, r.stdout, r.stderr));
    if (!parsed.success) throw new ExternalError(`${node.id} agent`, `'${sub}' printed unexpected JSON (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return parsed.data;
  }
  return {
    version: (signal?: AbortSignal) => run('version', z.looseObject({ agent_version: z.number() }), [], 15_000, signal),
    status: (signal?: AbortSignal) => run('status', agentStatusSchema, [], 45_000, signal),
    health: (signal?: AbortSignal) => run('health', agentHealthSchema, [], 30_000, signal),
    logs: (lines: number, signal?: AbortSignal) => run('logs', agentLogsSchema, [lines], 30_000, signal),
    restart: (signal?: AbortSignal) => run('openclaw-restart', agentRestartSchema, [], 90_000, signal),
    /** Streams the node's backup (tar.gz) into `to`; resolves with the exit code and the agent's stderr. */
    async backupPack(to: Writable, timeoutMs: number, signal?: AbortSignal): Promise<{ code: number; stderr: string }> {
      const r = await transport.exec(cmd('backup-pack'), { timeoutMs, stdoutTo: to, ...(signal ? { signal } : {}) });
      return { code: r.code, stderr: r.stderr };
    },
    /** Sends a restore archive; the agent stops the gateway, mirrors the files, starts it and waits `waitS` for health (reverting if it stays unhealthy). */
    restoreApply: (archive: Buffer, id: string, waitS: number, signal?: AbortSignal) =>
      run('restore-apply', agentRestoreSchema, ['--id', id, '--wait', waitS], (waitS * 2 + 600) * 1000, signal, archive),
    restoreStatus: (id: string) => run('restore-status', agentRestoreStatusSchema, ['--id', id], 30_000),
    /** Keyword counts in the gateway log since `cursor` (null: start at the end now). */
    logscan: (cursor: string | null, patterns: readonly string[], signal?: AbortSignal) =>
      run('logscan', agentLogscanSchema, [...(cursor ? ['--cursor', cursor] : []), ...patterns.flatMap((p) => ['--pattern', p])], 30_000, signal),
    clock: (signal?: AbortSignal) => run('clock', z.looseObject({ time_ms: z.number() }), [], 15_000, signal),
  };
}

export type AgentClient = ReturnType<typeof createAgentClient>;
