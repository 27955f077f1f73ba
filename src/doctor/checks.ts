import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ssh2 from 'ssh2';
import { gitHardeningArgs } from '../backup/repo.js';
import type { Config } from '../config.js';
import { describeError } from '../errors.js';
import { createAgentClient, REMOTE_AGENT_PATH, shortAgentVersion } from '../nodes/agent.js';
import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { quote } from '../nodes/shell.js';
import { widerThanPrivate } from '../store/private-files.js';
import { cleanLine } from '../util/sanitize.js';

export type Mark = 'ok' | 'warn' | 'fail';

/** One line of the doctor's report: what was checked, what it found, and the next step when it is not ✅. */
export interface DoctorLine {
  mark: Mark;
  area: string;
  text: string;
  next?: string;
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
}

const MARKS: Record<Mark, string> = { ok: '✅', warn: '⚠️', fail: '❌' };

const line = (mark: Mark, area: string, text: string, next?: string): DoctorLine => ({ mark, area, text, ...(next ? { next } : {}) });

/** The report as text, one check per line; the next step indented under a ⚠️ or ❌. */
export function formatDoctor(lines: readonly DoctorLine[]): string {
  return lines.map((l) => `${MARKS[l.mark]} ${l.area}: ${l.text}${l.next ? `\n   → ${l.next}` : ''}`).join('\n');
}

export function doctorFailed(lines: readonly DoctorLine[]): boolean {
  return lines.some((l) => l.mark === 'fail');
}

/** Config problems as the doctor prints them (each on its own line, as at start). */
export function configLines(errors: readonly string[], file?: string): DoctorLine[] {
  if (!errors.length) return [line('ok', 'config', file ? `${file} and the environment parse` : 'no ocm.yaml: defaults and the environment parse')];
  return errors.map((e) => line('fail', 'config', e, 'fix the key named in ocm.yaml or its environment variable (see the README configuration table)'));
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
function netError(err: unknown, secret?: string): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const why = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.cause?.message ?? e.message ?? 'error');
  const text = cleanLine(String(why), 200);
  return secret ? text.split(secret).join('***') : text;
}

async function telegramLines(deps: DoctorDeps, clock: number[]): Promise<DoctorLine[]> {
  const t = deps.config.telegram;
  if (!t.token) return [line('ok', 'Telegram', 'no bot token: OCM runs as a console chat on the terminal (set TELEGRAM_BOT_TOKEN for the bot)')];
  const token = t.token.reveal();
  const root = (t.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const out: DoctorLine[] = [];
  let me: HttpAnswer;
  try {
    me = await http(deps, `${root}/bot${token}/getMe`);
  } catch (err) {
    return [line('fail', 'Telegram', `cannot reach ${root} (${netError(err, token)})`, 'check the network from this machine, a proxy, or TELEGRAM_API_ROOT')];
  }
  if (me.date !== null) clock.push(me.date);
  const result = (me.body as { ok?: boolean; result?: { username?: string }; description?: string } | null) ?? {};
  if (me.status === 401 || me.status === 404) {
    out.push(line('fail', 'Telegram', `the bot token was refused by getMe (${me.status} ${cleanLine(result.description ?? 'Unauthorized', 100)})`, 'copy the token again from @BotFather (/mybots → API Token) into TELEGRAM_BOT_TOKEN in /etc/ocm/env, then restart OCM'));
  } else if (me.status !== 200 || !result.ok) {
    out.push(line('fail', 'Telegram', `getMe answered ${me.status}`, 'try again later; if it persists check TELEGRAM_API_ROOT'));
  } else out.push(line('ok', 'Telegram', `token valid: bot @${cleanLine(result.result?.username ?? '?', 64)} answers getMe`));
  out.push(
    t.ownerIds.length
      ? line('ok', 'Telegram', `${t.ownerIds.length} owner${t.ownerIds.length === 1 ? '' : 's'} set (${t.ownerIds.join(', ')})`)
      : line('fail', 'Telegram', 'no owners set: nobody may operate', 'set OCM_OWNER_IDS to your numeric Telegram user id (ask @userinfobot)'),
  );
  if (out[0]!.mark === 'ok') {
    try {
      const cmds = deps.commands();
      const r = await http(deps, `${root}/bot${token}/setMyCommands`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commands: cmds }) });
      const ok = r.status === 200 && (r.body as { ok?: boolean } | null)?.ok === true;
      out.push(ok ? line('ok', 'Telegram', `setMyCommands accepted (${cmds.length} commands)`) : line('warn', 'Telegram', `setMyCommands refused (${r.status}): the command menu may be stale`, 'harmless for commands typed by hand; check the Bot API server'));
    } catch (err) {
      out.push(line('warn', 'Telegram', `setMyCommands failed (${netError(err, token)})`, 'harmless for commands typed by hand'));
    }
  }
  return out;
}

async function claudeLines(deps: DoctorDeps, clock: number[]): Promise<DoctorLine[]> {
  const a = deps.config.anthropic;
  if (!a.apiKey) return [line('ok', 'Claude', 'no API key: natural language uses the built-in fallback parser (set ANTHROPIC_API_KEY for Claude)')];
  const key = a.apiKey.reveal();
  const base = a.baseUrl.replace(/\/+$/, '');
  try {
    const r = await http(deps, `${base}/v1/models?limit=100`, { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });
    if (r.date !== null) clock.push(r.date);
    if (r.status === 401 || r.status === 403) return [line('fail', 'Claude', `the API key was refused (${r.status})`, 'create a key at console.anthropic.com and set ANTHROPIC_API_KEY; without one OCM uses the fallback parser')];
    if (r.status !== 200) return [line('warn', 'Claude', `the models list answered ${r.status}`, 'natural language falls back to the built-in parser while Claude is unavailable')];
    const ids = ((r.body as { data?: { id?: string }[] } | null)?.data ?? []).map((m) => m.id);
    const model = deps.config.intent.model;
    return [
      ids.length && !ids.includes(model)
        ? line('warn', 'Claude', `key valid, but the model ${model} is not in the models list`, 'set OCM_INTENT_MODEL to a listed model')
        : line('ok', 'Claude', `key valid (${ids.length} models listed)`),
    ];
  } catch (err) {
    return [line('warn', 'Claude', `cannot reach ${base} (${netError(err, key)})`, 'natural language falls back to the built-in parser; check the network or ANTHROPIC_BASE_URL')];
  }
}

function sshKeyLines(deps: DoctorDeps): DoctorLine[] {
  const p = deps.ocmKeyPath;
  if (!existsSync(p)) return [line('ok', 'SSH key', `${p} not created yet: OCM creates it at first start`)];
  try {
    const mode = statSync(p).mode & 0o777;
    if (mode & 0o077) return [line('fail', 'SSH key', `${p} is readable by others (mode ${mode.toString(8)})`, `chmod 600 ${p}`)];
    const parsed = ssh2.utils.parseKey(readFileSync(p));
    if (parsed instanceof Error) return [line('fail', 'SSH key', `${p} is not a usable private key (${cleanLine(parsed.message, 100)})`, `move it away; OCM creates a new one at start (then install the new public key on the nodes)`)];
    return [line('ok', 'SSH key', `${p} present, mode ${mode.toString(8)}`)];
  } catch (err) {
    return [line('fail', 'SSH key', `cannot read ${p} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'run OCM and the doctor as the same user (the service runs as ocm)')];
  }
}

async function nodeLine(deps: DoctorDeps, node: NodeRecord): Promise<DoctorLine> {
  const timeoutMs = deps.timeoutMs ?? 15_000;
  if (node.transport === 'local') {
    try {
      const s = await deps.nodes.agent(node).status();
      return s.openclaw.installed ? line('ok', node.id, `this machine, OpenClaw ${s.openclaw.version ?? 'version unknown'}`) : line('warn', node.id, 'this machine: OpenClaw is not installed', 'install OpenClaw, or run OCM with local_node off');
    } catch (err) {
      return line('fail', node.id, `the local agent failed (${describeError(err)})`, 'run `npm run build:agent` in the OCM checkout');
    }
  }
  const where = `${node.sshUser}@${node.host}:${node.port}`;
  if (!node.hostKeyFp || (node.hostKeyState !== 'pinned' && node.hostKeyState !== 'mismatch')) {
    return line('warn', node.id, `${where}: host key not trusted yet, so OCM does not connect`, `compare the fingerprint OCM shows with \`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\` on the node, then /trusthost ${node.id}`);
  }
  let presented: string | undefined;
  let t;
  try {
    t = deps.nodes.sshTo(node, node.hostKeyFp, (e) => {
      if (e.kind === 'mismatch') presented = e.presented;
    });
  } catch (err) {
    return line('fail', node.id, describeError(err), 'check key_path of the node');
  }
  try {
    let v;
    try {
      v = await t.exec(`bash ${REMOTE_AGENT_PATH} version 2>/dev/null`, { timeoutMs });
    } catch (err) {
      if (presented) {
        return line('fail', node.id, `${where}: the SSH host key changed (pinned ${node.hostKeyFp}, now ${presented}); OCM refuses to connect`, `if the machine was reinstalled on purpose, check the new key on it and re-pin with /trusthost ${node.id}; otherwise treat it as an attack`);
      }
      return line('fail', node.id, `${where}: unreachable (${describeError(err)})`, `check that the machine is up and sshd listens on port ${node.port} (\`ssh -p ${node.port} ${node.sshUser}@${node.host}\` from this machine), and the firewall`);
    }
    const remote = /"agent_version"\s*:\s*"?([0-9a-f]+)"?/.exec(v.stdout)?.[1] ?? '';
    if (v.code !== 0 || !remote) return line('warn', node.id, `${where}: reachable, host key matches; the OCM agent is not installed yet`, 'OCM installs it at its next contact with the node (e.g. /status)');
    const agentNote = remote === deps.agentVersion ? 'agent current' : `agent ${cleanLine(shortAgentVersion(remote), 20)} outdated (OCM has ${shortAgentVersion(deps.agentVersion)})`;
    const client = createAgentClient(node, t, { scriptPath: REMOTE_AGENT_PATH });
    let oc = 'OpenClaw status unknown';
    let ocMark: Mark = 'ok';
    try {
      const s = await client.status();
      if (!s.openclaw.installed) {
        oc = 'OpenClaw not installed';
        ocMark = 'warn';
      } else oc = `OpenClaw ${cleanLine(s.openclaw.version ?? 'version unknown', 40)}`;
    } catch (err) {
      oc = `status failed (${describeError(err)})`;
      ocMark = 'warn';
    }
    const mark: Mark = remote !== deps.agentVersion || ocMark === 'warn' ? 'warn' : 'ok';
    const next = remote !== deps.agentVersion ? 'OCM replaces the agent at its next contact (e.g. /status)' : ocMark === 'warn' ? `look at /status ${node.id} and /logs ${node.id}` : undefined;
    return line(mark, node.id, `${where}: reachable, host key matches, ${agentNote}, ${oc}`, next);
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

function firstLine(text: string): string {
  return cleanLine(text.split('\n').find((l) => l.trim() && !/^hint:/.test(l)) ?? 'no output', 200);
}

async function backupLines(deps: DoctorDeps): Promise<DoctorLine[]> {
  const { dataDir, backup } = deps.config;
  const dir = join(dataDir, 'backups');
  const out: DoctorLine[] = [];
  const exists = existsSync(join(dir, '.git'));
  if (!exists) out.push(line('ok', 'backup repo', `${dir} not created yet: the first backup creates it`));
  else {
    const f = await git(['fsck', '--no-progress'], { cwd: dir, timeoutMs: 120_000 });
    out.push(f.code === 0 ? line('ok', 'backup repo', `${dir}: git fsck clean`) : line('fail', 'backup repo', `${dir}: git fsck found problems (${firstLine(f.out)})`, `run \`git -C ${dir} fsck\`; if objects are lost, move the folder away and clone the remote into it`));
  }
  if (!backup.remote) {
    out.push(line('ok', 'backup remote', 'none configured: backups stay on this machine (set OCM_BACKUP_REMOTE to push them)'));
    return out;
  }
  let sshCommand: string | undefined;
  if (backup.deployKey) {
    if (!existsSync(backup.deployKey)) {
      out.push(line('fail', 'backup remote', `the deploy key ${backup.deployKey} does not exist`, 'set OCM_BACKUP_DEPLOY_KEY to the private key whose public half is a deploy key (write access) on the repository'));
      return out;
    }
    sshCommand = `ssh -i ${quote(backup.deployKey)} -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=15 -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${quote(join(dataDir, 'backup_known_hosts'))}`;
  }
  const remote = backup.remote;
  const safeRemote = remote.replace(/\/\/[^@/]*@/, '//***@');
  const next = 'check the URL, that the deploy key is added to the repository with "Allow write access", and the network to the git host';
  if (!exists) {
    const r = await git(['ls-remote', '--heads', remote], { ...(sshCommand ? { sshCommand } : {}), timeoutMs: 60_000 });
    out.push(r.code === 0 ? line('ok', 'backup remote', `${safeRemote} reachable (write access is checked once the repo exists)`) : line('fail', 'backup remote', `${safeRemote} not reachable (${firstLine(r.out)})`, next));
    return out;
  }
  // a dry-run push of a new ref: needs the write permission, changes nothing
  const r = await git(['push', '--dry-run', '--porcelain', remote, 'HEAD:refs/ocm-doctor/dry-run'], { cwd: dir, ...(sshCommand ? { sshCommand } : {}), timeoutMs: 60_000 });
  out.push(r.code === 0 ? line('ok', 'backup remote', `${safeRemote} reachable and writable (dry-run push)`) : line('fail', 'backup remote', `${safeRemote}: dry-run push refused (${firstLine(r.out)})`, next));
  return out;
}

function diskLines(deps: DoctorDeps): DoctorLine[] {
  let dir = deps.config.dataDir;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    const fs = statfsSync(dir);
    const freeGb = (fs.bavail * fs.bsize) / 1e9;
    const pct = fs.blocks > 0 ? (fs.bavail / fs.blocks) * 100 : 100;
    const text = `${deps.config.dataDir}: ${freeGb.toFixed(1)} GB free (${pct.toFixed(0)}%)`;
    if (pct < 5) return [line('fail', 'disk', text, 'free space on that disk (old logs, data/tmp) or move OCM_DATA_DIR; SQLite and git fail when it is full')];
    if (pct < 15) return [line('warn', 'disk', text, 'free some space before it fills up')];
    return [line('ok', 'disk', text)];
  } catch (err) {
    return [line('fail', 'disk', `cannot read ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'check OCM_DATA_DIR and its permissions')];
  }
}

/** The data dir holds the audit log, chat turns and every node's memory files: only OCM's user may read it. */
export function privateFilesLine(dataDir: string): DoctorLine {
  if (!existsSync(dataDir)) return line('ok', 'files', `${dataDir} does not exist yet (OCM creates it 0700 at start)`);
  const wide = widerThanPrivate(dataDir);
  if (!wide.length) return line('ok', 'files', `${dataDir}: folders 0700, files 0600`);
  const names = wide.map((w) => w.path.slice(dataDir.length + 1) || '.').join(', ');
  return line('warn', 'files', `readable by other users: ${names}`, `OCM tightens them at its next start; or now: chmod -R go-rwx ${quote(dataDir)}`);
}

function clockLine(deps: DoctorDeps, remote: number[]): DoctorLine {
  if (!remote.length) return line('ok', 'clock', `${new Date(deps.wallNow()).toISOString()} (no remote time source to compare with)`);
  const skewS = Math.round((deps.wallNow() - remote[0]!) / 1000);
  const text = `${skewS >= 0 ? '+' : ''}${skewS} s against the Date of ${remote.length > 1 ? 'the API answers' : 'an API answer'}`;
  if (Math.abs(skewS) > 300) return line('fail', 'clock', text, 'enable time sync (`timedatectl set-ntp true`); schedules, alerts and TLS depend on it');
  if (Math.abs(skewS) > 30) return line('warn', 'clock', text, 'enable time sync (`timedatectl set-ntp true`)');
  return line('ok', 'clock', text);
}

/** Every check of a set-up, in a fixed order. Nothing here changes OCM's state or a node's. */
export async function runDoctor(deps: DoctorDeps): Promise<DoctorLine[]> {
  const clock: number[] = [];
  const nodes = deps.nodeList();
  const [telegram, claude, nodeLines, backup] = await Promise.all([
    telegramLines(deps, clock),
    claudeLines(deps, clock),
    Promise.all(nodes.map((n) => nodeLine(deps, n))),
    backupLines(deps),
  ]);
  return [
    ...telegram,
    ...claude,
    ...sshKeyLines(deps),
    ...(nodes.length ? nodeLines : [line('ok', 'nodes', 'none registered yet (add one with /newnode or nodes: in ocm.yaml)')]),
    ...backup,
    ...diskLines(deps),
    privateFilesLine(deps.config.dataDir),
    clockLine(deps, clock),
  ];
}

