import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SYSTEMD_ANALYZE = has('systemd-analyze');
const PLUTIL = has('plutil');
const PYTHON = has('python3');

function install(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    // stdin is not a terminal here: without --yes nothing may be written
    const child = spawn(TSX, [join(ROOT, 'scripts', 'service-install.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** systemd-analyze verify: exit 0 and no warning at all (unknown keys are only warnings). */
function verifyUnit(path: string): { status: number | null; output: string } {
  const r = spawnSync('systemd-analyze', ['verify', path], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

/** plutil -lint where it exists (macOS), else an XML parse of the plist by Python's plistlib. */
function parsePlist(path: string): Record<string, unknown> {
  if (PLUTIL) expect(spawnSync('plutil', ['-lint', path]).status).toBe(0);
  const r = spawnSync('python3', ['-c', 'import json,plistlib,sys; print(json.dumps(plistlib.load(open(sys.argv[1],"rb"))))', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`not a valid plist: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ocm-svc-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('deploy/ocm.service', () => {
  const unit = readFileSync(join(ROOT, 'deploy', 'ocm.service'), 'utf8');

  it('runs as a dedicated user, restarts always, reads secrets from /etc/ocm/env and is hardened', () => {
    for (const l of ['User=ocm', 'Restart=always', 'EnvironmentFile=/etc/ocm/env', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'ReadWritePaths=/var/lib/ocm', 'PrivateTmp=yes', 'WorkingDirectory=/opt/ocm']) {
      expect(unit.split('\n')).toContain(l);
    }
  });

  it.skipIf(!SYSTEMD_ANALYZE)('passes systemd-analyze verify, as shipped and as written for this machine (skipped without the Debian package systemd)', async () => {
    expect(verifyUnit(join(ROOT, 'deploy', 'ocm.service'))).toEqual({ status: 0, output: '' });
    const dest = temp();
    const r = await install(['--platform', 'linux', '--dest', dest, '--yes', '--data-dir', '/srv/ocm-data']);
    expect(r.code, r.err).toBe(0);
    const written = join(dest, 'ocm.service');
    expect(verifyUnit(written)).toEqual({ status: 0, output: '' });
    const text = readFileSync(written, 'utf8');
    expect(text).toContain(`WorkingDirectory=${ROOT}\n`);
    expect(text).toContain(`ExecStart=${process.execPath} `);
    expect(text).toContain('ReadWritePaths=/srv/ocm-data\n');
    // a broken unit is caught by the same check
    writeFileSync(join(dest, 'broken.service'), '[Service]\nExecStart=/nonexistent/node src/main.ts\nRestartt=always\n');
    expect(verifyUnit(join(dest, 'broken.service')).status).not.toBe(0);
  });
});

describe.skipIf(!PLUTIL && !PYTHON)('deploy/ai.ocm.manager.plist', () => {
  it('is a valid plist with KeepAlive, as shipped and as written for this machine', async () => {
    const shipped = parsePlist(join(ROOT, 'deploy', 'ai.ocm.manager.plist'));
    expect(shipped).toMatchObject({ Label: 'ai.ocm.manager', KeepAlive: true, RunAtLoad: true, WorkingDirectory: '/opt/ocm' });
    const dest = temp();
    const r = await install(['--platform', 'darwin', '--dest', dest, '--yes', '--secrets-file', '/etc/ocm & co/env']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('log show');
    const written = parsePlist(join(dest, 'ai.ocm.manager.plist'));
    expect(written).toMatchObject({ Label: 'ai.ocm.manager', KeepAlive: true, WorkingDirectory: ROOT });
    expect((written.ProgramArguments as string[])[2]).toContain(`exec ${process.execPath} `);
    // a secrets file path with & and a space survives XML escaping and shell quoting
    expect((written.ProgramArguments as string[])[2]).toContain("[ -r '/etc/ocm & co/env' ] && . '/etc/ocm & co/env';");
  });
});

describe('npm run service:install', () => {
  it('writes nothing without --yes when not on a terminal', async () => {
    const dest = temp();
    const r = await install(['--platform', 'linux', '--dest', dest]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a terminal, so nothing was written: run again with --yes/);
    expect(() => readFileSync(join(dest, 'ocm.service'))).toThrow();
  });

  it('writes the unit, says how to start it and read its logs, and refuses to replace a changed unit without --force', async () => {
    const dest = temp();
    const first = await install(['--platform', 'linux', '--dest', dest, '--yes']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('systemctl enable --now ocm');
    expect(first.out).toContain('journalctl -u ocm');
    const file = join(dest, 'ocm.service');
    const original = readFileSync(file, 'utf8');

    const again = await install(['--platform', 'linux', '--dest', dest, '--yes']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already installed and unchanged');

    const edited = original.replace('RestartSec=5', 'RestartSec=30');
    writeFileSync(file, edited);
    const refused = await install(['--platform', 'linux', '--dest', dest, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^-RestartSec=30$/m);
    expect(refused.out).toMatch(/^\+RestartSec=5$/m);
    expect(refused.err).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const forced = await install(['--platform', 'linux', '--dest', dest, '--yes', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
