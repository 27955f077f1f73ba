import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError, ExternalError, UserError } from '../../src/errors.js';
import { translator } from '../../src/i18n/index.js';
import { nodeIdSchema, nodeTargetSchema, portSchema } from '../../src/nodes/model.js';
import { overflowError } from '../../src/nodes/output-cap.js';
import { createNodeService } from '../../src/nodes/service.js';
import { createSshTransport, HostKeyError } from '../../src/nodes/ssh-transport.js';
import { createLocalTransport } from '../../src/nodes/local-transport.js';
import { describeIssues } from '../../src/pipeline/params.js';
import { createConfig } from '../../src/config.js';
import { acquireDataDirLock } from '../../src/store/lock.js';
import type { Store } from '../../src/store/store.js';
import type { Logger } from '../../src/log.js';

const zh = translator('zh');
const ja = translator('ja');

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** A node service over a store that knows `ids` (only what require/resolve read). */
function serviceKnowing(ids: string[]) {
  const store = { nodes: { get: () => undefined, list: () => ids.map((id) => ({ id })) } } as unknown as Store;
  return createNodeService({ store, log: {} as Logger, dataDir: '/nonexistent', now: Date.now });
}

describe('node errors in the reader language', () => {
  it('an SSH connection refused on a closed loopback port: English message, Chinese and Japanese with the hint', async () => {
    const port = await closedPort();
    const { private: privateKey } = ssh2.utils.generateKeyPairSync('ed25519');
    const t = createSshTransport({ nodeId: 'g3s-04', host: '127.0.0.1', port, user: 'ocm', privateKey, hostKeyFp: null }, { readyTimeoutMs: 5000 });
    const err = await t.exec('true').then(
      () => undefined,
      (e: unknown) => e,
    );
    await t.close();
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`g3s-04: SSH connection refused on 127.0.0.1:${port}`);
    expect(describeError(err)).toBe(`g3s-04: SSH connection refused on 127.0.0.1:${port} — is sshd running?`);
    expect(zh.error(err)).toBe(`g3s-04：127.0.0.1:${port} 拒绝了 SSH 连接 —— sshd 是否在运行？`);
    expect(ja.error(err)).toBe(`g3s-04：127.0.0.1:${port} で SSH 接続が拒否されました — sshd は動いていますか？`);
  });

  it('host key errors name /trusthost in every language', () => {
    const changed = new HostKeyError('n1', 'mismatch', 'SHA256:abc');
    expect(changed.message).toBe('n1: host key changed (now SHA256:abc); connection refused');
    expect(zh.error(changed)).toBe('n1：主机密钥已变更（现为 SHA256:abc），已拒绝连接 —— 如果这台机器是有意重装的，请用 /trusthost n1 重新固定密钥；否则请按遭受攻击处理');
    expect(ja.error(new HostKeyError('n1', 'unknown', 'SHA256:abc'))).toBe('n1：ホスト鍵 SHA256:abc はまだ信頼されていません — オーナーが /trusthost n1 で信頼する必要があります');
  });

  it('an unknown node lists the known ones, or says how to add the first', () => {
    const svc = serviceKnowing(['g3s-01', 'g3s-02']);
    const err = (() => {
      try {
        svc.require('g3s-09');
      } catch (e) {
        return e;
      }
    })();
    expect(describeError(err)).toBe("unknown node 'g3s-09' — known nodes: g3s-01, g3s-02 (see /nodes)");
    expect(zh.error(err)).toBe("未知节点 'g3s-09' —— 已知节点：g3s-01, g3s-02（见 /nodes）");
    expect(ja.error(err)).toBe("不明なノード 'g3s-09' — 登録済みのノード：g3s-01, g3s-02（/nodes を参照）");

    const empty = serviceKnowing([]);
    expect(() => empty.require('x')).toThrow(UserError);
    try {
      empty.require('x');
    } catch (e) {
      expect(zh.error(e)).toBe("未知节点 'x' —— 还没有任何节点：用 /newnode 添加一个");
    }
    try {
      empty.resolve('all');
    } catch (e) {
      expect(describeError(e)).toBe('no nodes registered yet — add one with /newnode');
      expect(ja.error(e)).toBe('ノードがまだ登録されていません — /newnode で追加してください');
    }
  });

  it('node id, target and port problems are catalog keys: English by default, translated with t', () => {
    const bad = nodeIdSchema.safeParse('Bad Id!');
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(describeIssues(bad.error)).toBe('a node id is 1–32 characters of a-z, 0-9 and -, starting with a letter or digit');
    expect(describeIssues(bad.error, zh)).toBe('节点 id 为 1–32 个字符，只能包含 a-z、0-9 和 -，且以字母或数字开头');
    const target = nodeTargetSchema.safeParse(42);
    if (target.success) throw new Error('42 is no target');
    expect(describeIssues(target.error, ja)).toBe('ノード id（a-z、0-9、-）か "all" を指定してください');
    const port = portSchema.safeParse('99999');
    if (port.success) throw new Error('99999 is no port');
    expect(describeIssues(port.error, ja)).toBe('ポートは 1–65535 です');
  });

  it('a declared node in the config file is checked with the same rules, its problems printed in English at start-up', () => {
    const r = createConfig({}, { path: 'ocm.yaml', text: "nodes:\n  - id: Bad!\n    host: 'a b'\n    user: ocm\n    port: 0\n" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([...r.errors].sort()).toEqual([
      'nodes[0].host: a host is a DNS name or an IP address (letters, digits, dots, dashes; no spaces or quotes)',
      'nodes[0].id: a node id is 1–32 characters of a-z, 0-9 and -, starting with a letter or digit',
      'nodes[0].port: a port is 1–65535',
    ]);
  });

  it('the output cap error, with its config key identical in every language', () => {
    const err = overflowError('n1', 'stdout', 8 * 1024 * 1024);
    expect(err.message).toBe('n1: the command printed more than 8 MiB on stdout; OCM stopped it');
    expect(zh.error(err)).toBe('n1：命令在 stdout 上的输出超过 8 MiB，OCM 已将其终止 —— 超过上限（ssh.max_stdout_bytes）的节点输出不予信任；请检查 n1 上运行的程序');
    expect(describeError(overflowError('n1', 'stderr', 1000))).toContain('more than 1000 bytes on stderr');
    expect(ja.error(overflowError('n1', 'stderr', 1000))).toContain('stderr 出力が 1000 バイトを超えた');
  });

  it('local command failures are external errors with a translated sentence', async () => {
    const t = createLocalTransport({ defaultTimeoutMs: 200 });
    const err = await t.exec('sleep 5').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExternalError);
    expect(describeError(err)).toBe('local: command timed out after 0 s');
    expect(zh.error(err)).toBe('local：命令在 0 秒后超时');
  });

  describe('the data dir lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocm-lock-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('another live OCM on the data dir is named, with the next step, in Japanese too', () => {
      const path = join(dir, 'ocm.lock');
      writeFileSync(path, '1'); // pid 1 is always alive
      let err: unknown;
      try {
        acquireDataDirLock(path);
      } catch (e) {
        err = e;
      }
      expect(describeError(err)).toBe(`another OCM (pid 1) is already running on this data dir (${dir}) — stop it first, or set OCM_DATA_DIR to another folder`);
      expect(ja.error(err)).toBe(`別の OCM（pid 1）がこのデータディレクトリ（${dir}）ですでに動いています — 先にそれを停止するか、OCM_DATA_DIR を別のフォルダーにしてください`);
    });
  });
});
