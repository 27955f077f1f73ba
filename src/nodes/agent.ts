import { Writable } from 'node:stream';
import { AGENT_BUILT_PATH, buildAgent } from '../../agent/build.mjs';
import { z } from 'zod';
import { ExternalError } from '../errors.js';
import type { NodeRecord } from './model.js';
import { command, quote, quotePath } from './shell.js';
import type { Transport } from './transport.js';

/** The built agent the local node runs (`npm run build:agent` writes it; lint fails when it is stale). */
export const AGENT_SCRIPT_PATH = AGENT_BUILT_PATH;
/** Where OCM puts the agent on a remote node. */
export const REMOTE_AGENT_PATH = '~/.ocm/ocm-agent.sh';

/** The agent as pushed to nodes, built now from agent/src (so it is never stale); version = its SHA-256. */
export function readAgentScript(): { text: string; version: string } {
  const { text, version } = buildAgent();
  return { text, version };
}

/** The version a built agent embeds (its AGENT_VERSION line), or '' when it has none. */
export function agentVersionOf(text: string): string {
  return /^AGENT_VERSION=([0-9a-f]+|\d+)$/m.exec(text)?.[1] ?? '';
}

/** The short form shown to people: 12 hex characters of the SHA-256 (an old numbered agent: "v3"). */
export function shortAgentVersion(version: string): string {
  return /^[0-9a-f]{64}$/.test(version) ? version.slice(0, 12) : /^\d+$/.test(version) ? `v${version}` : version;
}

/** agent_version as agents print it: the SHA-256 string; agents before it printed a number. */
const agentVersionSchema = z.union([z.string(), z.number().transform((n) => String(n))]);

const num = z.number().nullable().optional();

export const agentStatusSchema = z.looseObject({
  agent_version: agentVersionSchema,
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

export const agentVersionReplySchema = z.looseObject({ agent_version: agentVersionSchema });
export const agentHelpSchema = z.looseObject({ subcommands: z.array(z.looseObject({ name: z.string(), usage: z.string() })) });
export const agentClockSchema = z.looseObject({ time_ms: z.number() });

/** A line `progress "message" key=value…` printed before the answer: {"progress":"message",…}. */
export type AgentProgress = { progress: string } & Record<string, unknown>;

export interface JsonSpec<T> {
  kind: 'json';
  schema: z.ZodType<T>;
  timeoutMs: number;
  /** The subcommand reads its input (an archive) on stdin. */
  stdin?: boolean;
}
export interface StreamSpec {
  kind: 'stream';
  timeoutMs: number;
}
/** A table row for a subcommand that answers with one JSON line (see AGENT_COMMANDS). */
export const json = <T>(schema: z.ZodType<T>, timeoutMs: number, more: { stdin?: boolean } = {}): JsonSpec<T> => ({ kind: 'json', schema, timeoutMs, ...more });

/**
 * Every agent subcommand OCM calls (agent/src/cmd/<name>.sh): what it prints and how long it may take.
 * A 'json' one prints one JSON answer (maybe after {"progress":…} lines); a 'stream' one writes raw
 * bytes (a tar.gz) to stdout. Adding a subcommand: its cmd file, one row here, a wrapper below if callers want one.
 */
export const AGENT_COMMANDS = {
  version: json(agentVersionReplySchema, 15_000),
  help: json(agentHelpSchema, 15_000),
  status: json(agentStatusSchema, 45_000),
  health: json(agentHealthSchema, 30_000),
  logs: json(agentLogsSchema, 30_000),
  'openclaw-restart': json(agentRestartSchema, 90_000),
  'backup-pack': { kind: 'stream', timeoutMs: 600_000 } satisfies StreamSpec,
  'restore-apply': json(agentRestoreSchema, 660_000, { stdin: true }),
  'restore-status': json(agentRestoreStatusSchema, 30_000),
  logscan: json(agentLogscanSchema, 30_000),
  clock: json(agentClockSchema, 15_000),
} as const;

export type CommandTable = Record<string, JsonSpec<unknown> | StreamSpec>;
export type AgentCommand = keyof typeof AGENT_COMMANDS;
/** What `call(name)` resolves with: the validated answer, or for a stream the exit code and stderr. */
export type AgentResult<S> = S extends { kind: 'json'; schema: infer Z extends z.ZodType } ? z.output<Z> : { code: number; stderr: string };

export interface CallOpts {
  signal?: AbortSignal;
  /** Overrides the table's timeout. */
  timeoutMs?: number;
  /** Input for a subcommand that reads stdin. */
  stdin?: Buffer | string;
  /** Where a 'stream' subcommand's stdout goes (required for those). */
  stdoutTo?: Writable;
  /** Gets each {"progress":…} line, parsed, while the subcommand runs. */
  onProgress?: (p: AgentProgress) => void;
}

export interface AgentClientOpts {
  /** Path of the script as the node's shell sees it. */
  scriptPath: string;
  /** File system whose usage `status` reports (default: the OpenClaw home). */
  diskPath?: string;
  /** Let the agent read the gateway port from openclaw.json instead of passing the node's. */
  portFromConfig?: boolean;
  /** Awaited before every call (the node service makes sure the node runs this OCM's agent). */
  beforeCall?: () => Promise<void>;
}

const MAX_OUTPUT = 32 * 1024 * 1024;

/** Splits stdout into lines as it arrives, handing progress lines on; keeps the rest for the answer. */
function lineSink(onProgress?: (p: AgentProgress) => void) {
  const lines: string[] = [];
  // bytes of the line not ended yet: only each new chunk is searched for '\n', so a long line costs
  // linear time (the transport caps stdout), and a character split across chunks stays whole
  let partial: Buffer[] = [];
  let size = 0;
  const take = (line: string) => {
    if (!line.trim()) return;
    if (line.startsWith('{"progress"')) {
      try {
        const p = JSON.parse(line) as unknown;
        if (p && typeof p === 'object' && typeof (p as { progress?: unknown }).progress === 'string') {
          onProgress?.(p as AgentProgress);
          return;
        }
      } catch {
        /* not a progress line after all: keep it */
      }
    }
    if ((size += line.length) <= MAX_OUTPUT) lines.push(line);
  };
  const flush = () => {
    const line = Buffer.concat(partial).toString('utf8');
    partial = [];
    take(line);
  };
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        partial.push(chunk.subarray(start, nl));
        flush();
        start = nl + 1;
      }
      if (start < chunk.length) partial.push(chunk.subarray(start));
      done();
    },
  });
  return {
    sink,
    /** The lines that were not progress, the last one included even without its newline. */
    end(): string[] {
      if (partial.length) flush();
      return lines;
    },
  };
}

function parseJson(nodeId: string, sub: string, lines: string[], stderr: string): unknown {
  const line = lines.filter((l) => l.trim()).pop();
  if (line) {
    try {
      return JSON.parse(line);
    } catch {
      /* fall through */
    }
  }
  const why = stderr.trim().split('\n')[0];
  throw new ExternalError(`${nodeId} agent`, why ? 'node-agent-no-json' : 'node-agent-no-output', { command: sub, detail: why });
}

/**
 * Runs the node agent's subcommands through a transport and validates what they print.
 * `commands` is the table `call` knows (default AGENT_COMMANDS; a test adds its own subcommands).
 */
export function createAgentClient<C extends CommandTable = typeof AGENT_COMMANDS>(node: NodeRecord, transport: Transport, opts: AgentClientOpts, commands?: C) {
  function cmd(sub: string, extra: readonly (string | number)[] = []): string {
    const parts = [`bash ${opts.scriptPath.startsWith('~') ? quotePath(opts.scriptPath) : quote(opts.scriptPath)}`, command([sub, ...extra])];
    parts.push(`--home ${quotePath(node.ocHome)}`);
    if (!opts.portFromConfig) parts.push(`--port ${quote(node.gatewayPort)}`);
    if (opts.diskPath) parts.push(`--disk-path ${quotePath(opts.diskPath)}`);
    if (node.restartCmd) parts.push(`--restart-cmd ${quote(node.restartCmd)}`);
    return parts.join(' ');
  }

  async function run(name: string, spec: JsonSpec<unknown> | StreamSpec, args: readonly (string | number)[], o: CallOpts): Promise<unknown> {
    await opts.beforeCall?.();
    const base = { timeoutMs: o.timeoutMs ?? spec.timeoutMs, ...(o.signal ? { signal: o.signal } : {}) };
    if (spec.kind === 'stream') {
      if (!o.stdoutTo) throw new Error(`agent '${name}' streams its output: pass stdoutTo`);
      // the consumer bounds a stream (the backup pack reader caps what it unpacks)
      const r = await transport.exec(cmd(name, args), { ...base, stdoutTo: o.stdoutTo, maxStdoutBytes: Number.POSITIVE_INFINITY });
      return { code: r.code, stderr: r.stderr };
    }
    if (o.stdin !== undefined && !spec.stdin) throw new Error(`agent '${name}' reads no stdin`);
    const out = lineSink(o.onProgress);
    const r = await transport.exec(cmd(name, args), { ...base, stdoutTo: out.sink, ...(o.stdin !== undefined ? { stdin: o.stdin } : {}) });
    const parsed = spec.schema.safeParse(parseJson(node.id, name, out.end(), r.stderr));
    if (!parsed.success) throw new ExternalError(`${node.id} agent`, 'node-agent-bad-json', { command: name, detail: parsed.error.issues[0]?.message ?? '?' });
    return parsed.data;
  }

  const table = (commands ?? AGENT_COMMANDS) as CommandTable;
  /** Runs subcommand `name` with `args` as its table row says, and validates its answer. */
  async function call<N extends keyof C & string>(name: N, args: readonly (string | number)[] = [], o: CallOpts = {}): Promise<AgentResult<C[N]>> {
    const spec = table[name];
    if (!spec) throw new Error(`agent subcommand '${name}' is not in the table`);
    return (await run(name, spec, args, o)) as AgentResult<C[N]>;
  }
  /** The built-in subcommands, typed by AGENT_COMMANDS whatever `commands` is. */
  const builtin = <N extends AgentCommand>(name: N, args: readonly (string | number)[] = [], o: CallOpts = {}) =>
    run(name, AGENT_COMMANDS[name], args, o) as Promise<AgentResult<(typeof AGENT_COMMANDS)[N]>>;

  const sig = (signal?: AbortSignal): CallOpts => (signal ? { signal } : {});
  return {
    call,
    version: (signal?: AbortSignal) => builtin('version', [], sig(signal)),
    status: (signal?: AbortSignal) => builtin('status', [], sig(signal)),
    health: (signal?: AbortSignal) => builtin('health', [], sig(signal)),
    logs: (lines: number, signal?: AbortSignal) => builtin('logs', [lines], sig(signal)),
    restart: (signal?: AbortSignal) => builtin('openclaw-restart', [], sig(signal)),
    /** Streams the node's backup (tar.gz) into `to`; resolves with the exit code and the agent's stderr. */
    backupPack: (to: Writable, timeoutMs: number, signal?: AbortSignal) => builtin('backup-pack', [], { ...sig(signal), stdoutTo: to, timeoutMs }),
    /** Sends a restore archive; the agent stops the gateway, mirrors the files, starts it and waits `waitS` for health (reverting if it stays unhealthy). */
    restoreApply: (archive: Buffer, id: string, waitS: number, signal?: AbortSignal): Promise<AgentRestore> =>
      builtin('restore-apply', ['--id', id, '--wait', waitS], { ...sig(signal), stdin: archive, timeoutMs: (waitS * 2 + 600) * 1000 }),
    restoreStatus: (id: string) => builtin('restore-status', ['--id', id]),
    /** Keyword counts in the gateway log since `cursor` (null: start at the end now). */
    logscan: (cursor: string | null, patterns: readonly string[], signal?: AbortSignal): Promise<AgentLogscan> =>
      builtin('logscan', [...(cursor ? ['--cursor', cursor] : []), ...patterns.flatMap((p) => ['--pattern', p])], sig(signal)),
    clock: (signal?: AbortSignal) => builtin('clock', [], sig(signal)),
  };
}

export type AgentClient = ReturnType<typeof createAgentClient<typeof AGENT_COMMANDS>>;
