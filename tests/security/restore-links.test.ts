import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshdAvailable, startNodes, stopAll, type TestNode } from '../harness/sshd.js';
import { startConsoleApp, type ConsoleApp } from '../support/console-app.js';
import { archiveText, put, recordRestoreArchives, replaceWithLink, treeText } from './hostile-restore.js';

const avail = sshdAvailable();
if (!avail.ok) console.warn(`restore link tests skipped: ${avail.reason}`);

// vitest.config.ts puts this Telegram-token-shaped value into the environment the test process starts with
const ENV_CANARY = process.env.OCM_TEST_CANARY_BOT_TOKEN ?? '';

const antKey = () => `sk-ant-api03-${randomBytes(30).toString('base64url')}`;
const keyLines = (n: number) => `${Array.from({ length: n }, antKey).join('\n')}\n`;

/**
 * Finding 1 of issue 11: after a backup, the node replaces files whose secrets were redacted (or
 * masked) with symlinks to OCM's files; a restore must not read them on OCM's side and send them back.
 */
describe.skipIf(!avail.ok)('a restore onto a node whose files became symlinks to OCM files', () => {
  let nodes: TestNode[];
  let n: TestNode;
  let c: ConsoleApp;
  let received: string;
  let backup: string;
  let ocmKey: string;
  let keyBody: string[];
  let localCanary: string;
  let localFile: string;

  function leaks(text: string): string[] {
    const found: string[] = [];
    if (keyBody.some((l) => text.includes(l))) found.push('OCM SSH private key');
    if (text.includes(ENV_CANARY)) found.push('OCM process environment');
    if (text.includes(localCanary)) found.push('another OCM file');
    return found;
  }

  async function restore(code: string): Promise<string> {
    rmSync(received, { force: true });
    c.mark();
    await c.type(`/restore ${n.id} ${backup.slice(0, 12)}`);
    await c.waitFor(/\[1\] ✅ Confirm/);
    await c.type('1');
    await c.waitFor(/4-digit|safety code/i);
    await c.type(code);
    return c.waitFor(/restored to|restore of .* failed|❌/, 90_000);
  }

  beforeAll(async () => {
    expect(ENV_CANARY, 'the canary must be in the environment this process started with').toMatch(/^\d+:AA/);
    expect(readFileSync('/proc/self/environ', 'latin1')).toContain(ENV_CANARY);
    nodes = await startNodes(1, { prefix: 'secrst' });
    n = nodes[0]!;
    received = recordRestoreArchives(n);
    put(n, 'openclaw.json', `{"gateway":{"port":${n.gatewayPort}}}\n`);
    put(n, 'workspace/SOUL.md', '# Soul\n');
    put(n, 'workspace/notes.txt', 'plain notes\n');
    // lines that are nothing but a secret: in the backup they are whole ***REDACTED*** lines
    put(n, 'workspace/keys.txt', keyLines(40));
    put(n, 'workspace/env.txt', keyLines(3));
    put(n, 'workspace/deep/keys/ocm_ed25519', keyLines(40));
    // a binary file with a key: masked in the backup, so a restore keeps the node's current copy
    put(n, 'workspace/blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`key=${antKey()};`), Buffer.from([0, 9])]));
    // symlinks in the backup itself
    replaceWithLink(n, 'workspace/link-in', 'notes.txt');
    replaceWithLink(n, 'workspace/link-up', '../../../../../../etc/hostname');
    replaceWithLink(n, 'workspace/link-abs', '/etc/hostname');
    replaceWithLink(n, 'link-cfg', 'workspace/notes.txt');
    c = startConsoleApp({ yaml: `ssh:\n  handshake_timeout_s: 5\n  command_timeout_s: 60\npipeline:\n  confirm_timeout_s: 60\nbackup:\n  schedule: 'off'\n  health_wait_s: 8\n`, key: { privateKeyPath: n.clientKeyPath, publicKey: n.clientPublicKey }, codes: ['1111', '2222'] });
    ocmKey = join(c.dataDir, 'keys', 'ocm_ed25519');
    keyBody = readFileSync(ocmKey, 'utf8').split('\n').filter((l) => l.length > 16 && !l.startsWith('-----'));
    expect(keyBody.length).toBeGreaterThan(0);
    localCanary = `ocm-local-file-${randomBytes(8).toString('hex')}`;
    localFile = join(c.dataDir, 'operator-notes.txt');
    writeFileSync(localFile, `${localCanary}\n`, { mode: 0o600 });
    await c.type(`/newnode id=${n.id} host=${n.host} port=${n.port} user=${n.user} home=~/.openclaw`);
    await c.waitFor(/\[1\] 🔐 Trust/);
    await c.type('1');
    await c.waitFor(new RegExp(`Node ${n.id} added`), 60_000);
    c.mark();
    await c.type(`/backup ${n.id}`);
    await c.waitFor(/💾 Backup[\s\S]*(✅|❌)/, 60_000);
    expect(c.since()).toMatch(/✅/);
    backup = c.app.store.backups.latest(n.id)!.commit;
  }, 180_000);

  afterAll(async () => {
    await c?.close();
    if (nodes) await stopAll(nodes);
  });

  it('sends none of OCM\'s key, environment or files, and drops backed-up links that leave the home', async () => {
    replaceWithLink(n, 'workspace/keys.txt', ocmKey);
    replaceWithLink(n, 'workspace/env.txt', '/proc/self/environ');
    replaceWithLink(n, 'workspace/blob.bin', localFile);
    const out = await restore('1111');
    expect(existsSync(received), 'the node received an archive').toBe(true);
    expect(leaks(archiveText(received))).toEqual([]);
    expect(leaks(treeText(n.ocHome))).toEqual([]);
    expect(out).toMatch(new RegExp(`${n.id} restored to`));
    // the node had no usable current value: the secrets stay REDACTED, the masked binary is not sent
    expect(readFileSync(join(n.ocHome, 'workspace', 'keys.txt'), 'utf8')).toBe('***REDACTED***\n'.repeat(40));
    expect(existsSync(join(n.ocHome, 'workspace', 'blob.bin'))).toBe(false);
    // links that stay inside come back as links; the others are dropped and named in the reply
    expect(readlinkSync(join(n.ocHome, 'workspace', 'link-in'))).toBe('notes.txt');
    expect(readlinkSync(join(n.ocHome, 'link-cfg'))).toBe('workspace/notes.txt');
    for (const l of ['link-up', 'link-abs']) expect(() => lstatSync(join(n.ocHome, 'workspace', l)), l).toThrow();
    expect(out).toMatch(/not restored: .*workspace\/link-abs.*workspace\/link-up.*outside the node's OpenClaw home/);
    expect(readFileSync(ocmKey, 'utf8')).toContain(keyBody[0]);
  }, 120_000);

  it('does not follow a symlinked directory in the middle of a path out of the node\'s tree', async () => {
    // the backup holds workspace/deep/keys/ocm_ed25519; on the node workspace/deep now leads to OCM's data dir
    replaceWithLink(n, 'workspace/deep', c.dataDir);
    const before = readFileSync(ocmKey);
    await restore('2222');
    expect(existsSync(received), 'the node received an archive').toBe(true);
    const sent = archiveText(received);
    expect(sent).toContain('workspace/deep/keys/ocm_ed25519');
    expect(leaks(sent)).toEqual([]);
    expect(leaks(treeText(n.ocHome))).toEqual([]);
    expect(readFileSync(ocmKey).equals(before)).toBe(true);
  }, 120_000);
});
