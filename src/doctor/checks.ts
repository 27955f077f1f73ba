import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ssh2 from 'ssh2';
import { gitHardeningArgs } from '../backup/repo.js';
import type { Config } from '../config.js';
import { errorMsg } from '../errors.js';
import { msg, type Msg, type MsgArg, type Translator } from '../i18n/index.js';
import { createAgentClient, REMOTE_AGENT_PATH, shortAgentVersion } from '../nodes/agent.js';
import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { quote } from '../nodes/shell.js';
import { widerThanPrivate } from '../store/private-files.js';
import type { Store } from '../store/store.js';
import { silentLogger } from '../log.js';
import { offsiteDoctorLines } from '../offsite/status.js';
import { cleanLine } from '../util/sanitize.js';

export type Mark = 'ok' | 'warn' | 'fail';

/** What a line checked; its name is the catalog's `doctor-check-<check>` (a node's line is named by its id). */
export type Check = 'config' | 'telegram' | 'claude' | 'ssh-key' | 'node' | 'nodes' | 'backup-repo' | 'backup-remote' | 'offsite' | 'disk' | 'files' | 'clock';

/**
 * One line of the doctor's report: what was checked, what it found, and the next step when it is
 * not ✅, as messages; each front end (/doctor, `npm run doctor`) renders them in its reader's language.
 */
export interface DoctorLine {
  mark: Mark;
  check: Check;
  /** The node of a `node` line. */
  node?: string;
  text: Msg;
  next?: Msg;
}

export interface DoctorDeps {
  config: Config;
  /** Nodes to check (the database's, plus declared ones it does not have yet). */
  nodeList(): NodeRecord[];
  nodes: Pick<NodeService, 'sshTo' | 'agent'>;
  /** OCM's own SSH private key. */
  ocmKeyPath: string;
  /** The version of the agent OCM pushes (full SHA-256). */
  agentVersion: string;
  /** The command list OCM publishes with setMyCommands. */
  commands(): { command: string; description: string }[];
  wallNow(): number;
  fetch?: typeof fetch;
  /** Per network call (default 15 s). */
  timeoutMs?: number;
  /** OCM's database, for what it records (the last offsite copy); absent when it cannot be opened. */
  store?: Pick<Store, 'db'>;
}

const MARKS: Record<Mark, string> = { ok: '✅', warn: '⚠️', fail: '❌' };

const line = (mark: Mark, check: Check, text: Msg, next?: Msg): DoctorLine => ({ mark, check, text, ...(next ? { next } : {}) });
const nodeLineOf = (mark: Mark, node: string, text: Msg, next?: Msg): DoctorLine => ({ ...line(mark, 'node', text, next), node });

/** The report as plain text in `t`'s language, one check per line; the next step indented under a ⚠️ or ❌. */
export function formatDoctor(lines: readonly DoctorLine[], t: Pick<Translator, 'text' | 'msgText'>): string {
  return lines
    .map((l) => {
      const area = l.check === 'node' ? (l.node ?? '') : t.text(`doctor-check-${l.check}`);
      const head = t.text('doctor-line', { mark: MARKS[l.mark], area, text: l.text });
      return l.next ? `${head}\n${t.text('doctor-line-next', { next: l.next })}` : head;
    })
    .join('\n');
}

export function doctorFailed(lines: readonly DoctorLine[]): boolean {
  return lines.some((l) => l.mark === 'fail');
}

/** The verdict both front ends head their report with: any ❌ is failed, else any ⚠️ is warned. */
export type Verdict = 'failed' | 'warned' | 'passed';

export function doctorVerdict(lines: readonly DoctorLine[]): Verdict {
  return doctorFailed(lines) ? 'failed' : lines.some((l) => l.mark === 'warn') ? 'warned' : 'passed';
}

/** Config problems as the doctor prints them (each on its own line, as at start). */
export function configLines(errors: readonly string[], file?: string): DoctorLine[] {
  if (!errors.length) return [line('ok', 'config', file ? msg('doctor-config-ok', { file }) : msg('doctor-config-ok-defaults'))];
  // the problems are config.ts's (English, like the start-up errors they are)
  return errors.map((error) => line('fail', 'config', msg('doctor-config-problem', { error }), msg('doctor-config-problem.next')));
}

interface HttpAnswer {
  status: number;
  body: unknown;
  date: number | null;
}

async function http(deps: DoctorDeps, url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const res = await (deps.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(deps.timeoutMs ?? 15_000) });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const date = Date.parse(res.headers.get('date') ?? '');
  return { status: res.status, body, date: Number.isFinite(date) ? date : null };
}

/** Network errors as a short phrase that never carries the URL (a bot URL holds the token). */
function netError(err: unknown, secret?: string): MsgArg {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return msg('doctor-net-timed-out');
  const why = e.cause?.code ?? e.cause?.message ?? e.message;
  if (!why) return msg('doctor-unknown-error');
  // the system's own words (ECONNREFUSED, "fetch failed"): data, shown as they are
  const text = cleanLine(String(why), 200);
  return secret ? text.split(secret).join('***') : text;
}

/** The errno code of a file-system error, else "error". */
function fsCode(err: unknown): MsgArg {
  return (err as NodeJS.ErrnoException).code ?? msg('doctor-unknown-error');
}

async function telegramLines(deps: DoctorDeps, clock: number[]): Promise<DoctorLine[]> {
  const t = deps.config.telegram;
  if (!t.token) return [line('ok', 'telegram', msg('doctor-telegram-no-token'))];
  const token = t.token.reveal();
  const root = (t.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const out: DoctorLine[] = [];
  let me: HttpAnswer;
  try {
    me = await http(deps, `${root}/bot${token}/getMe`);
  } catch (err) {
    return [line('fail', 'telegram', msg('doctor-telegram-unreachable', { root, error: netError(err, token) }), msg('doctor-telegram-unreachable.next'))];
  }
  if (me.date !== null) clock.push(me.date);
  const result = (me.body as { ok?: boolean; result?: { username?: string }; description?: string } | null) ?? {};
  if (me.status === 401 || me.status === 404) {
    // the Bot API's own description, else the HTTP reason
    const description = cleanLine(result.description ?? 'Unauthorized', 100);
    out.push(line('fail', 'telegram', msg('doctor-telegram-token-refused', { status: me.status, description }), msg('doctor-telegram-token-refused.next')));
  } else if (me.status !== 200 || !result.ok) {
    out.push(line('fail', 'telegram', msg('doctor-telegram-getme-status', { status: me.status }), msg('doctor-telegram-getme-status.next')));
  } else out.push(line('ok', 'telegram', msg('doctor-telegram-token-ok', { username: cleanLine(result.result?.username ?? '?', 64) })));
  out.push(
    t.ownerIds.length
      ? line('ok', 'telegram', msg('doctor-telegram-owners', { count: t.ownerIds.length, ids: t.ownerIds.join(', ') }))
      : line('fail', 'telegram', msg('doctor-telegram-no-owners'), msg('doctor-telegram-no-owners.next')),
  );
  if (out[0]!.mark === 'ok') {
    try {
      const cmds = deps.commands();
      const r = await http(deps, `${root}/bot${token}/setMyCommands`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commands: cmds }) });
      const ok = r.status === 200 && (r.body as { ok?: boolean } | null)?.ok === true;
      out.push(
        ok
          ? line('ok', 'telegram', msg('doctor-telegram-commands-ok', { count: cmds.length }))
          : line('warn', 'telegram', msg('doctor-telegram-commands-refused', { status: r.status }), msg('doctor-telegram-commands-refused.next')),
      );
    } catch (err) {
      out.push(line('warn', 'telegram', msg('doctor-telegram-commands-failed', { error: netError(err, token) }), msg('doctor-telegram-commands-failed.next')));
    }
  }
  return out;
}

async function claudeLines(deps: DoctorDeps, clock: number[]): Promise<DoctorLine[]> {
  const a = deps.config.anthropic;
  if (!a.apiKey) return [line('ok', 'claude', msg('doctor-claude-no-key'))];
  const key = a.apiKey.reveal();
  const base = a.baseUrl.replace(/\/+$/, '');
  try {
    const r = await http(deps, `${base}/v1/models?limit=100`, { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });
    if (r.date !== null) clock.push(r.date);
    if (r.status === 401 || r.status === 403) return [line('fail', 'claude', msg('doctor-claude-key-refused', { status: r.status }), msg('doctor-claude-key-refused.next'))];
    if (r.status !== 200) return [line('warn', 'claude', msg('doctor-claude-models-status', { status: r.status }), msg('doctor-claude-models-status.next'))];
    const ids = ((r.body as { data?: { id?: string }[] } | null)?.data ?? []).map((m) => m.id);
    const model = deps.config.intent.model;
    return [
      ids.length && !ids.includes(model)
        ? line('warn', 'claude', msg('doctor-claude-model-missing', { model }), msg('doctor-claude-model-missing.next'))
        : line('ok', 'claude', msg('doctor-claude-ok', { count: ids.length })),
    ];
  } catch (err) {
    return [line('warn', 'claude', msg('doctor-claude-unreachable', { base, error: netError(err, key) }), msg('doctor-claude-unreachable.next'))];
  }
}

function sshKeyLines(deps: DoctorDeps): DoctorLine[] {
  const path = deps.ocmKeyPath;
  if (!existsSync(path)) return [line('ok', 'ssh-key', msg('doctor-ssh-key-missing', { path }))];
  try {
    const bits = statSync(path).mode & 0o777;
    const mode = bits.toString(8);
    if (bits & 0o077) return [line('fail', 'ssh-key', msg('doctor-ssh-key-open', { path, mode }), msg('doctor-ssh-key-open.next', { path }))];
    const parsed = ssh2.utils.parseKey(readFileSync(path));
    if (parsed instanceof Error) return [line('fail', 'ssh-key', msg('doctor-ssh-key-unusable', { path, error: cleanLine(parsed.message, 100) }), msg('doctor-ssh-key-unusable.next'))];
    return [line('ok', 'ssh-key', msg('doctor-ssh-key-ok', { path, mode }))];
  } catch (err) {
    return [line('fail', 'ssh-key', msg('doctor-ssh-key-unreadable', { path, code: fsCode(err) }), msg('doctor-ssh-key-unreadable.next'))];
  }
}

async function nodeLine(deps: DoctorDeps, node: NodeRecord): Promise<DoctorLine> {
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const id = node.id;
  if (node.transport === 'local') {
    try {
      const s = await deps.nodes.agent(node).status();
      return s.openclaw.installed
        ? nodeLineOf('ok', id, msg('doctor-node-local-ok', { version: s.openclaw.version ?? msg('doctor-version-unknown') }))
        : nodeLineOf('warn', id, msg('doctor-node-local-no-openclaw'), msg('doctor-node-local-no-openclaw.next'));
    } catch (err) {
      return nodeLineOf('fail', id, msg('doctor-node-local-agent-failed', { error: errorMsg(err) }), msg('doctor-node-local-agent-failed.next'));
    }
  }
  const where = `${node.sshUser}@${node.host}:${node.port}`;
  if (!node.hostKeyFp || (node.hostKeyState !== 'pinned' && node.hostKeyState !== 'mismatch')) {
    return nodeLineOf('warn', id, msg('doctor-node-host-key-untrusted', { where }), msg('doctor-node-host-key-untrusted.next', { node: id }));
  }
  let presented: string | undefined;
  let t;
  try {
    t = deps.nodes.sshTo(node, node.hostKeyFp, (e) => {
      if (e.kind === 'mismatch') presented = e.presented;
    });
  } catch (err) {
    return nodeLineOf('fail', id, errorMsg(err), msg('doctor-node-key-path'));
  }
  try {
    let v;
    try {
      v = await t.exec(`bash ${REMOTE_AGENT_PATH} version 2>/dev/null`, { timeoutMs }); // i18n-exempt: a shell command
    } catch (err) {
      if (presented) {
        return nodeLineOf('fail', id, msg('doctor-node-host-key-changed', { where, pinned: node.hostKeyFp, presented }), msg('doctor-node-host-key-changed.next', { node: id }));
      }
      return nodeLineOf('fail', id, msg('doctor-node-unreachable', { where, error: errorMsg(err) }), msg('doctor-node-unreachable.next', { port: node.port, user: node.sshUser, host: node.host }));
    }
    const remote = /"agent_version"\s*:\s*"?([0-9a-f]+)"?/.exec(v.stdout)?.[1] ?? '';
    if (v.code !== 0 || !remote) return nodeLineOf('warn', id, msg('doctor-node-no-agent', { where }), msg('doctor-node-no-agent.next'));
    const current = remote === deps.agentVersion;
    const agent = current ? msg('doctor-node-agent-current') : msg('doctor-node-agent-outdated', { remote: cleanLine(shortAgentVersion(remote), 20), ours: shortAgentVersion(deps.agentVersion) });
    const client = createAgentClient(node, t, { scriptPath: REMOTE_AGENT_PATH });
    let openclaw: Msg;
    let ocMark: Mark = 'ok';
    try {
      const s = await client.status();
      if (!s.openclaw.installed) {
        openclaw = msg('doctor-node-openclaw-missing');
        ocMark = 'warn';
      } else openclaw = msg('doctor-node-openclaw-version', { version: s.openclaw.version ? cleanLine(s.openclaw.version, 40) : msg('doctor-version-unknown') });
    } catch (err) {
      openclaw = msg('doctor-node-status-failed', { error: errorMsg(err) });
      ocMark = 'warn';
    }
    const mark: Mark = !current || ocMark === 'warn' ? 'warn' : 'ok';
    const next = !current ? msg('doctor-node-agent-replace') : ocMark === 'warn' ? msg('doctor-node-look', { node: id }) : undefined;
    return nodeLineOf(mark, id, msg('doctor-node-ok', { where, agent, openclaw }), next);
  } finally {
    await t.close().catch(() => undefined);
  }
}

function git(args: string[], opts: { cwd?: string; sshCommand?: string; timeoutMs: number }): Promise<{ code: number; out: string }> {
  // never a password prompt (askPass `true` answers nothing), OCM's deploy key for ssh remotes
  const config = ['-c', 'core.askPass=true', ...(opts.sshCommand ? ['-c', `core.sshCommand=${opts.sshCommand}`] : [])];
  return new Promise((resolve) => {
    execFile('git', [...gitHardeningArgs(), ...config, ...args], { ...(opts.cwd ? { cwd: opts.cwd } : {}), timeout: opts.timeoutMs, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, out: `${stdout}\n${stderr}`.trim() });
    });
  });
}

/** git's first line of output (its own words, shown as they are). */
function firstLine(text: string): MsgArg {
  const hit = text.split('\n').find((l) => l.trim() && !/^hint:/.test(l));
  return hit ? cleanLine(hit, 200) : msg('doctor-no-output');
}

async function backupLines(deps: DoctorDeps): Promise<DoctorLine[]> {
  const { dataDir, backup } = deps.config;
  const dir = join(dataDir, 'backups');
  const out: DoctorLine[] = [];
  const exists = existsSync(join(dir, '.git'));
  if (!exists) out.push(line('ok', 'backup-repo', msg('doctor-backup-repo-missing', { dir })));
  else {
    const f = await git(['fsck', '--no-progress'], { cwd: dir, timeoutMs: 120_000 });
    out.push(f.code === 0 ? line('ok', 'backup-repo', msg('doctor-backup-repo-ok', { dir })) : line('fail', 'backup-repo', msg('doctor-backup-repo-broken', { dir, output: firstLine(f.out) }), msg('doctor-backup-repo-broken.next', { dir })));
  }
  if (!backup.remote) {
    out.push(line('ok', 'backup-remote', msg('doctor-backup-remote-none')));
    return out;
  }
  let sshCommand: string | undefined;
  if (backup.deployKey) {
    if (!existsSync(backup.deployKey)) {
      out.push(line('fail', 'backup-remote', msg('doctor-backup-deploy-key-missing', { path: backup.deployKey }), msg('doctor-backup-deploy-key-missing.next')));
      return out;
    }
    sshCommand = `ssh -i ${quote(backup.deployKey)} -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=15 -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${quote(join(dataDir, 'backup_known_hosts'))}`;
  }
  const remote = backup.remote;
  const safeRemote = remote.replace(/\/\/[^@/]*@/, '//***@');
  const next = msg('doctor-backup-remote-next');
  if (!exists) {
    const r = await git(['ls-remote', '--heads', remote], { ...(sshCommand ? { sshCommand } : {}), timeoutMs: 60_000 });
    out.push(r.code === 0 ? line('ok', 'backup-remote', msg('doctor-backup-remote-reachable', { remote: safeRemote })) : line('fail', 'backup-remote', msg('doctor-backup-remote-unreachable', { remote: safeRemote, output: firstLine(r.out) }), next));
    return out;
  }
  // a dry-run push of a new ref: needs the write permission, changes nothing
  const r = await git(['push', '--dry-run', '--porcelain', remote, 'HEAD:refs/ocm-doctor/dry-run'], { cwd: dir, ...(sshCommand ? { sshCommand } : {}), timeoutMs: 60_000 });
  out.push(r.code === 0 ? line('ok', 'backup-remote', msg('doctor-backup-remote-writable', { remote: safeRemote })) : line('fail', 'backup-remote', msg('doctor-backup-remote-refused', { remote: safeRemote, output: firstLine(r.out) }), next));
  return out;
}

function diskLines(deps: DoctorDeps): DoctorLine[] {
  let dir = deps.config.dataDir;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    const fs = statfsSync(dir);
    const freeGb = (fs.bavail * fs.bsize) / 1e9;
    const pct = fs.blocks > 0 ? (fs.bavail / fs.blocks) * 100 : 100;
    const text = msg('doctor-disk-free', { dir: deps.config.dataDir, free: freeGb.toFixed(1), pct: pct.toFixed(0) });
    if (pct < 5) return [line('fail', 'disk', text, msg('doctor-disk-full-next'))];
    if (pct < 15) return [line('warn', 'disk', text, msg('doctor-disk-low-next'))];
    return [line('ok', 'disk', text)];
  } catch (err) {
    return [line('fail', 'disk', msg('doctor-disk-unreadable', { dir, code: fsCode(err) }), msg('doctor-disk-unreadable.next'))];
  }
}

/** The data dir holds the audit log, chat turns and every node's memory files: only OCM's user may read it. */
export function privateFilesLine(dataDir: string): DoctorLine {
  if (!existsSync(dataDir)) return line('ok', 'files', msg('doctor-files-missing', { dir: dataDir }));
  const wide = widerThanPrivate(dataDir);
  if (!wide.length) return line('ok', 'files', msg('doctor-files-ok', { dir: dataDir }));
  const names = wide.map((w) => w.path.slice(dataDir.length + 1) || '.').join(', ');
  return line('warn', 'files', msg('doctor-files-wide', { names }), msg('doctor-files-wide.next', { dir: quote(dataDir) }));
}

function clockLine(deps: DoctorDeps, remote: number[]): DoctorLine {
  if (!remote.length) return line('ok', 'clock', msg('doctor-clock-no-source', { time: new Date(deps.wallNow()) }));
  const skewS = Math.round((deps.wallNow() - remote[0]!) / 1000);
  const text = msg('doctor-clock-skew', { skew: `${skewS >= 0 ? '+' : ''}${skewS}`, count: remote.length });
  if (Math.abs(skewS) > 300) return line('fail', 'clock', text, msg('doctor-clock-fail-next'));
  if (Math.abs(skewS) > 30) return line('warn', 'clock', text, msg('doctor-clock-warn-next'));
  return line('ok', 'clock', text);
}

/** Every check of a set-up, in a fixed order. Nothing here changes OCM's state or a node's. */
export async function runDoctor(deps: DoctorDeps): Promise<DoctorLine[]> {
  const clock: number[] = [];
  const nodes = deps.nodeList();
  const [telegram, claude, nodeLines, backup, offsite] = await Promise.all([
    telegramLines(deps, clock),
    claudeLines(deps, clock),
    Promise.all(nodes.map((n) => nodeLine(deps, n))),
    backupLines(deps),
    offsiteDoctorLines(deps.config, deps.store ?? null, silentLogger(), deps.wallNow()),
  ]);
  return [
    ...telegram,
    ...claude,
    ...sshKeyLines(deps),
    ...(nodes.length ? nodeLines : [line('ok', 'nodes', msg('doctor-nodes-none'))]),
    ...backup,
    ...offsite.map((o) => line(o.mark, 'offsite', o.msg, o.next)),
    ...diskLines(deps),
    privateFilesLine(deps.config.dataDir),
    clockLine(deps, clock),
  ];
}
