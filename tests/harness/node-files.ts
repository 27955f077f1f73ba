// Files of one test node: keys, sshd_config, shims on its PATH, ~/.openclaw and ~/.ocm/gateway.cmd.
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runOk, shq } from './proc.js';

export type GatewayCommand = 'fake' | { cmd: string[]; env?: Record<string, string> };
export type ServiceManager = 'systemd' | 'launchd' | 'none';

export interface NodePaths {
  id: string;
  dir: string;
  home: string;
  ocHome: string;
  binDir: string;
  libDir: string;
  hostKeyPath: string;
  clientKeyPath: string;
  authorizedKeysPath: string;
  configPath: string;
  pidFile: string;
  sshdLog: string;
}

const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));
export const SSHD = '/usr/sbin/sshd';

export function nodePaths(baseDir: string, id: string): NodePaths {
  const dir = join(baseDir, id);
  const home = join(dir, 'home');
  return {
    id,
    dir,
    home,
    ocHome: join(home, '.openclaw'),
    binDir: join(dir, 'bin'),
    libDir: join(baseDir, 'lib'),
    hostKeyPath: join(dir, 'ssh_host_ed25519_key'),
    clientKeyPath: join(dir, 'client_ed25519'),
    authorizedKeysPath: join(dir, 'authorized_keys'),
    configPath: join(dir, 'sshd_config'),
    pidFile: join(dir, 'sshd.pid'),
    sshdLog: join(dir, 'sshd.log'),
  };
}

/**
 * Copies the shims and the fake gateway into <baseDir>/lib: node users must be able to read
 * them, and the repository checkout may not be readable for them.
 */
export function installLib(baseDir: string): string {
  const lib = join(baseDir, 'lib');
  mkdirSync(lib, { recursive: true, mode: 0o755 });
  copyFileSync(join(SOURCE_DIR, 'shims', 'gateway-lib.sh'), join(lib, '.ocm-shim-lib.sh'));
  for (const shim of ['systemctl', 'launchctl', 'openclaw']) {
    copyFileSync(join(SOURCE_DIR, 'shims', shim), join(lib, shim));
    chmodSync(join(lib, shim), 0o755);
  }
  copyFileSync(join(SOURCE_DIR, 'fake-gateway.mjs'), join(lib, 'fake-gateway.mjs'));
  chmodSync(join(lib, '.ocm-shim-lib.sh'), 0o644);
  chmodSync(join(lib, 'fake-gateway.mjs'), 0o644);
  return lib;
}

/** Puts the chosen shim (a symlink into lib/) in the node's bin dir, which sshd puts first on PATH. */
export function installShims(p: NodePaths, manager: ServiceManager, fakeOpenclaw = false): void {
  mkdirSync(p.binDir, { recursive: true, mode: 0o755 });
  for (const name of readdirSync(p.binDir)) rmSync(join(p.binDir, name), { force: true });
  const shims = manager === 'systemd' ? ['systemctl'] : manager === 'launchd' ? ['launchctl'] : [];
  if (fakeOpenclaw) shims.push('openclaw');
  for (const shim of shims) symlinkSync(join(p.libDir, shim), join(p.binDir, shim));
}

export async function generateKey(path: string, comment: string): Promise<void> {
  rmSync(path, { force: true });
  rmSync(`${path}.pub`, { force: true });
  await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', path]);
}

/** 'SHA256:…' exactly as `ssh-keygen -lf` prints it. */
export async function fingerprint(pubPath: string): Promise<string> {
  const out = await runOk('ssh-keygen', ['-l', '-E', 'sha256', '-f', pubPath]);
  const fp = out.trim().split(/\s+/)[1];
  if (!fp?.startsWith('SHA256:')) throw new Error(`unexpected ssh-keygen -lf output: ${out}`);
  return fp;
}

let penaltiesSupported: boolean | undefined;

/** OpenSSH 9.8+ penalises sources that fail auth or drop connections; tests do that on purpose. */
async function sshdHasPerSourcePenalties(): Promise<boolean> {
  if (penaltiesSupported === undefined) {
    const r = await run(SSHD, ['-V']);
    const m = /OpenSSH_(\d+)\.(\d+)/.exec(r.stderr + r.stdout);
    penaltiesSupported = !!m && (Number(m[1]) > 9 || (Number(m[1]) === 9 && Number(m[2]) >= 8));
  }
  return penaltiesSupported;
}

export async function writeSshdConfig(p: NodePaths, host: string, port: number, user: string): Promise<void> {
  const lines = [
    `# sshd_config of OCM test node ${p.id}, written by tests/harness`,
    `ListenAddress ${host}:${port}`,
    `HostKey ${p.hostKeyPath}`,
    `PidFile ${p.pidFile}`,
    `AuthorizedKeysFile ${p.authorizedKeysPath}`,
    `AllowUsers ${user}`,
    'UsePAM no',
    'StrictModes no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    'PermitRootLogin no',
    'UseDNS no',
    'PrintMotd no',
    'PrintLastLog no',
    'X11Forwarding no',
    'MaxSessions 64',
    'MaxStartups 100:30:200',
    'LogLevel VERBOSE',
    'Subsystem sftp internal-sftp',
    `SetEnv PATH=${p.binDir}:/usr/local/bin:/usr/bin:/bin`,
  ];
  if (await sshdHasPerSourcePenalties()) lines.push('PerSourcePenalties no');
  writeFileSync(p.configPath, `${lines.join('\n')}\n`, { mode: 0o644 });
}

function expand(s: string, vars: Record<string, string>): string {
  return s.replace(/\{(port|home|ocHome|id)\}/g, (_, k: string) => vars[k] ?? '');
}

/**
 * Writes ~/.ocm/gateway.cmd: a bash file the shims run (`bash gateway.cmd`), which exports the
 * environment and execs the gateway in the foreground. In `cmd` and `env` values, `{port}`,
 * `{home}`, `{ocHome}` and `{id}` are replaced by the node's values.
 */
export function writeGatewayCmd(
  p: NodePaths,
  gatewayPort: number,
  command: GatewayCommand,
  owner: { uid: number; gid: number },
  extraEnv: Record<string, string> = {},
): void {
  const vars = { port: String(gatewayPort), home: p.home, ocHome: p.ocHome, id: p.id };
  const env: Record<string, string> = { OCM_GATEWAY_PORT: String(gatewayPort) };
  let argv: string[];
  if (command === 'fake') {
    env.FAKE_GATEWAY_PORT = String(gatewayPort);
    argv = [process.execPath, join(p.libDir, 'fake-gateway.mjs'), String(gatewayPort)];
  } else {
    if (command.cmd.length === 0) throw new Error('gatewayCommand.cmd is empty');
    for (const [k, v] of Object.entries(command.env ?? {})) env[k] = expand(v, vars);
    argv = command.cmd.map((a) => expand(a, vars));
  }
  for (const [k, v] of Object.entries(extraEnv)) env[k] = expand(v, vars);
  for (const k of Object.keys(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`bad environment variable name: ${k}`);
  }
  const text = [
    `# Gateway of OCM test node ${p.id}: the systemctl/launchctl shims run this file with bash.`,
    '# It must exec the gateway in the foreground. Tests may rewrite it (node.setGatewayCommand).',
    ...Object.entries(env).map(([k, v]) => `export ${k}=${shq(v)}`),
    `exec ${argv.map(shq).join(' ')}`,
    '',
  ].join('\n');
  const ocm = join(p.home, '.ocm');
  mkdirSync(ocm, { recursive: true, mode: 0o755 });
  chownSync(ocm, owner.uid, owner.gid);
  writeFileSync(join(ocm, 'gateway.cmd'), text, { mode: 0o644 });
  chownSync(join(ocm, 'gateway.cmd'), owner.uid, owner.gid);
}

/** A minimal OpenClaw state folder: openclaw.json with the gateway port, workspace/SOUL.md, logs/. */
export function writeOcHome(p: NodePaths, gatewayPort: number): void {
  mkdirSync(join(p.ocHome, 'workspace'), { recursive: true });
  mkdirSync(join(p.ocHome, 'logs'), { recursive: true });
  writeFileSync(join(p.ocHome, 'openclaw.json'), `${JSON.stringify({ gateway: { port: gatewayPort } }, null, 2)}\n`);
  writeFileSync(
    join(p.ocHome, 'workspace', 'SOUL.md'),
    `# SOUL\n\nYou are the OpenClaw agent of test node ${p.id}. Be brief and truthful.\n`,
  );
}

/** chown -R without following symlinks. */
export function chownTree(path: string, uid: number, gid: number): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  chownSync(path, uid, gid);
  if (st.isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}
