// The agent built from its parts (agent/src): the committed build is current, the built file can be
// sourced and its functions called, dispatch and help come from the cmd_* functions, the version
// follows every byte of every part, and call() streams {"progress":…} lines while a command runs.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT_BUILT_PATH, AGENT_SRC_DIR, buildAgent, verifiedVersion } from '../../agent/build.mjs';
import { createAgentClient, json, readAgentScript } from '../../src/nodes/agent.js';
import { createLocalTransport } from '../../src/nodes/local-transport.js';
import type { NodeRecord } from '../../src/nodes/model.js';

const tmpRoot = mkdtempSync(join(tmpdir(), 'ocm-agent-build-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
let seq = 0;

/** A copy of agent/src to change. */
function partsCopy(): string {
  const dir = join(tmpRoot, `src-${++seq}`);
  cpSync(AGENT_SRC_DIR, dir, { recursive: true });
  return dir;
}

function writeBuilt(text: string): string {
  const file = join(tmpRoot, `agent-${++seq}.sh`);
  writeFileSync(file, text);
  return file;
}

function bash(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpRoot, ...env }, timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const BUILT = readAgentScript();

describe('agent build', () => {
  it('agent/ocm-agent.sh (what the local node and the tests run) is the current build of agent/src', () => {
    expect(readFileSync(AGENT_BUILT_PATH, 'utf8') === BUILT.text, 'agent/ocm-agent.sh is stale: run npm run build:agent').toBe(true);
  });

  it('embeds a version anyone can check: sha256 of the file without its AGENT_VERSION line', async () => {
    expect(BUILT.version).toMatch(/^[0-9a-f]{64}$/);
    expect(verifiedVersion(BUILT.text)).toBe(BUILT.version);
    const r = await bash(['-c', `grep -v '^AGENT_VERSION=' "$1" | sha256sum`, 'x', AGENT_BUILT_PATH]);
    expect(r.stdout.split(' ')[0]).toBe(BUILT.version);
    expect(verifiedVersion(BUILT.text.replace('cmd_clock() {', 'cmd_clock()  {'))).toBeNull();
  });

  it('changes the version when any byte of any part changes', () => {
    const dir = partsCopy();
    const parts = ['header.sh', ...['lib', 'cmd'].flatMap((d) => readdirSync(join(dir, d)).map((f) => `${d}/${f}`))];
    expect(parts.length).toBeGreaterThan(15);
    const seen = new Set([BUILT.version]);
    for (const p of parts) {
      const file = join(dir, p);
      const before = readFileSync(file);
      const changed = Buffer.from(before);
      const at = Math.floor(changed.length / 2);
      changed[at] = changed[at] === 0x78 ? 0x79 : 0x78; // one byte becomes 'x' (or 'y')
      writeFileSync(file, changed);
      const b = buildAgent(dir);
      expect(verifiedVersion(b.text), p).toBe(b.version);
      expect(seen.has(b.version), `${p}: version unchanged`).toBe(false);
      seen.add(b.version);
      writeFileSync(file, before);
    }
    expect(buildAgent(dir).version).toBe(BUILT.version);
  });

  it('refuses a subcommand without its "# Usage:" line, or whose function does not match its file', () => {
    const a = partsCopy();
    writeFileSync(join(a, 'cmd', 'hello.sh'), 'cmd_hello() {\n\temit "{}"\n}\n');
    expect(() => buildAgent(a)).toThrow(/agent\/src\/cmd\/hello\.sh: needs a "# Usage: hello …" comment/);
    const b = partsCopy();
    writeFileSync(join(b, 'cmd', 'hello.sh'), '# Usage: hello\ncmd_helo() {\n\temit "{}"\n}\n');
    expect(() => buildAgent(b)).toThrow(/exactly one function, cmd_hello\(\)/);
    const c = partsCopy();
    writeFileSync(join(c, 'lib', 'extra.sh'), 'AGENT_VERSION=1\n');
    expect(() => buildAgent(c)).toThrow(/set by the build/);
  });
});

describe('the built agent, sourced', () => {
  const script = writeBuilt(BUILT.text);
  const sourced = (code: string) => bash(['-c', `. "$1"; ${code}`, 'x', script], { OCM_AGENT_SOURCED: '1' });

  it('defines its functions without running main, so a lib function can be called alone', async () => {
    const r = await sourced(`jstr "$(printf 'a"b\\\\c\\n\\001')"; printf '%s' "$JS"; pct10 1 3; printf ' %s' "$PCT"; is_uint 12a || printf ' no'`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('"a\\"b\\\\c\\n\\u0001" 33.3 no');
    expect(JSON.parse(r.stdout.split(' ')[0]!)).toBe('a"b\\c\n\u0001');
  });

  it('starts commands (a gateway) with default signal dispositions, even under restore\'s ignore-all trap', async () => {
    // SigIgn bit 15 is SIGTERM: a gateway that inherited it could never be stopped by a restart
    const r = await sourced(`trap '' HUP INT TERM PIPE; tmpdir; run_tb 5 "$TMPD/o" - with_user_locale bash -c 'grep SigIgn /proc/$$/status'; cat "$TMPD/o"; grep SigIgn /proc/$$/status`);
    expect(r.code).toBe(0);
    const [child, self] = [...r.stdout.matchAll(/SigIgn:\s+([0-9a-f]+)/g)].map((m) => BigInt(`0x${m[1]}`));
    const TERM = 1n << 14n;
    expect(self! & TERM).toBe(TERM); // the agent itself ignores TERM here (the point of no return)…
    expect(child! & TERM).toBe(0n); // …the command it starts does not
    expect(child! & (1n << 0n)).toBe(0n); // nor HUP
  });

  it('reads a key path of a JSON5 config with json_get', async () => {
    const cfg = join(tmpRoot, 'openclaw.json');
    writeFileSync(cfg, "{ // comment\n  gateway: { port: 19001, 'bind': \"lan\" },\n}\n");
    const r = await sourced(`json_get "${cfg}" gateway.port; json_get "${cfg}" gateway.bind`);
    expect(r.stdout).toBe('19001\nlan\n');
  });

  it('progress prints one NDJSON line with typed fields', async () => {
    const r = await sourced(`exec 5>&1; progress 'copying "a"' done=3 total=10 file=x.json 'bad key=1'`);
    expect(JSON.parse(r.stdout)).toEqual({ progress: 'copying "a"', done: 3, total: 10, file: 'x.json' });
  });
});

describe('dispatch and help come from the cmd_* functions', () => {
  it('help lists every agent/src/cmd file with its usage line', async () => {
    const r = await bash([AGENT_BUILT_PATH, 'help']);
    expect(r.code).toBe(0);
    const names = readdirSync(join(AGENT_SRC_DIR, 'cmd')).map((f) => f.replace(/\.sh$/, '')).sort();
    const help = JSON.parse(r.stdout) as { subcommands: { name: string; usage: string }[] };
    expect(help.subcommands.map((s) => s.name)).toEqual(names);
    expect(help.subcommands.find((s) => s.name === 'logs')?.usage).toMatch(/^logs \[N\]/);
  });

  it('a new cmd file is a new subcommand, in help and in the error for an unknown one', async () => {
    const dir = partsCopy();
    writeFileSync(join(dir, 'cmd', 'say-hello.sh'), '# say-hello: a greeting.\n# Usage: say-hello [--id ID]\ncmd_say_hello() {\n\tjstr "hello ${RESTORE_ID:-you}"\n\temit "{\\"said\\":$JS}"\n}\n');
    const script = writeBuilt(buildAgent(dir).text);
    expect(JSON.parse((await bash([script, 'say-hello', '--id', 'ocm'])).stdout)).toEqual({ said: 'hello ocm' });
    const help = JSON.parse((await bash([script, 'help'])).stdout) as { subcommands: { name: string }[] };
    expect(help.subcommands.map((s) => s.name)).toContain('say-hello');
    const bad = await bash([script, 'say_hello']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error).toMatch(/^unknown subcommand: say_hello \(one of: .*logs \[N\], .*say-hello, /);
  });
});

describe('call() with progress', () => {
  it('hands each progress line to onProgress while the command runs, then returns the answer', async () => {
    const dir = partsCopy();
    // waits (up to 10 s) for a file that only onProgress creates: it can finish early only if the
    // progress line reached OCM while it was still running
    writeFileSync(
      join(dir, 'cmd', 'slow-steps.sh'),
      [
        '# Usage: slow-steps',
        'cmd_slow_steps() {',
        '\tlocal i=0',
        '\tprogress "started" step=1',
        '\twhile [ ! -f "$OC_HOME/go" ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done',
        '\tprogress "went on" step=2',
        '\tif [ -f "$OC_HOME/go" ]; then emit \'{"ok":true,"saw_go":true}\'; else emit \'{"ok":true,"saw_go":false}\'; fi',
        '}',
        '',
      ].join('\n'),
    );
    const script = writeBuilt(buildAgent(dir).text);
    const home = mkdtempSync(join(tmpRoot, 'home-'));
    const node = { id: 't1', ocHome: home, gatewayPort: 18789, restartCmd: null } as NodeRecord;
    const table = { 'slow-steps': json(z.looseObject({ ok: z.boolean(), saw_go: z.boolean() }), 20_000) };
    const client = createAgentClient(node, createLocalTransport(), { scriptPath: script }, table);
    const seen: unknown[] = [];
    const start = Date.now();
    const r = await client.call('slow-steps', [], {
      onProgress: (p) => {
        seen.push(p);
        if (p.step === 1) writeFileSync(join(home, 'go'), '');
      },
    });
    expect(r).toEqual({ ok: true, saw_go: true });
    expect(seen).toEqual([
      { progress: 'started', step: 1 },
      { progress: 'went on', step: 2 },
    ]);
    expect(Date.now() - start).toBeLessThan(9_000);
    expect(existsSync(join(home, 'go'))).toBe(true);
  });

  it('still reads the built-in subcommands through the same table', async () => {
    const home = mkdtempSync(join(tmpRoot, 'home-'));
    const node = { id: 't2', ocHome: home, gatewayPort: 18789, restartCmd: null } as NodeRecord;
    const client = createAgentClient(node, createLocalTransport(), { scriptPath: writeBuilt(BUILT.text) });
    expect(await client.call('version')).toEqual({ agent_version: BUILT.version });
    expect((await client.clock()).time_ms).toBeGreaterThan(Date.now() - 60_000);
    await expect(client.call('restore-status', [])).rejects.toThrow(/'restore-status' printed unexpected JSON/);
  });
});
