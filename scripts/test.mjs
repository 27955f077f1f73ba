#!/usr/bin/env node
// `npm test`: makes sure the system packages the integration tests need are there (installing
// them when run as root), runs vitest, and ends with one plain line: "tests: N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const NEEDS = [
  { pkg: 'openssh-server', file: '/usr/sbin/sshd', why: 'SSH integration tests start real sshd nodes on loopback' },
  { pkg: 'sqlite3', file: '/usr/bin/sqlite3', why: 'backup tests take online SQLite copies on nodes with the sqlite3 CLI' },
  { pkg: 'chromium', file: '/usr/bin/chromium', why: 'the status page test loads the page in a real headless Chromium' },
  { pkg: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', why: 'the Chinese and Japanese status page screenshots need CJK glyphs (not tofu boxes)' },
  { pkg: 'shellcheck', file: '/usr/bin/shellcheck', why: 'npm run lint runs shellcheck over the node agent' },
];
const isRoot = process.getuid?.() === 0;
const missing = NEEDS.filter((n) => !existsSync(n.file));
if (missing.length) {
  const pkgs = missing.map((m) => m.pkg);
  if (isRoot && process.env.OCM_TEST_NO_APT !== '1') {
    console.log(`npm test: installing ${pkgs.join(', ')} (${missing.map((m) => m.why).join('; ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: 'inherit', env };
    try {
      execFileSync('apt-get', ['update', '-qq'], opts);
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], opts);
    } catch {
      console.error(`npm test: could not install ${pkgs.join(', ')}; the tests that need them will be skipped and say so.`);
    }
  } else {
    console.warn(
      `npm test: ${pkgs.join(', ')} not installed and not running as root, so these tests will be skipped:\n` +
        missing.map((m) => `  - ${m.why}`).join('\n') +
        `\n  To run them: sudo apt-get install -y ${pkgs.join(' ')} and run npm test as root (the harness creates users and binds 127.0.0.x).`,
    );
  }
} else if (!isRoot) {
  console.warn('npm test: not running as root; the SSH integration tests (which create test users) will be skipped and say so.');
}

mkdirSync('test-output', { recursive: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-output/vitest.json', ...process.argv.slice(2)];
const r = spawnSync('npx', args, { stdio: 'inherit' });
let summary = '';
try {
  const j = JSON.parse(readFileSync('test-output/vitest.json', 'utf8'));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  summary = `tests: ${j.numPassedTests} passed, ${j.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
  if (j.numTotalTests === 0) {
    console.error('npm test: no test ran');
    process.exitCode = 1;
  }
} catch {
  summary = 'tests: 0 passed, 1 failed';
}
console.log(summary);
process.exit(r.status === 0 && !process.exitCode ? 0 : 1);
