import { describe, expect, it } from 'vitest';
import { chunkHtml } from '../../src/bot/render/chunk.js';
import { esc, toPlain } from '../../src/bot/render/html.js';
import { closestCommand, typoDistance } from '../../src/bot/features/unhandled.js';
import { listingCatalog } from '../../src/modules.js';
import { parseCommandArgs, tokenize } from '../../src/pipeline/params.js';
import { statusAction } from '../../src/nodes/actions.js';
import { quote } from '../../src/nodes/shell.js';
import { execFileSync } from 'node:child_process';

describe('rendering', () => {
  it('escapes HTML and turns it back into plain text', () => {
    expect(esc('<b>&x</b>')).toBe('&lt;b&gt;&amp;x&lt;/b&gt;');
    expect(toPlain(`<b>${esc('a<b & c>')}</b>`)).toBe('a<b & c>');
  });

  it('splits long HTML into valid messages of at most 4096 characters', () => {
    const body = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(30)} &amp; more`).join('\n');
    const parts = chunkHtml(`<b>title</b>\n<pre>${body}</pre>`);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect((p.match(/<pre>/g) ?? []).length).toBe((p.match(/<\/pre>/g) ?? []).length);
    }
    expect(parts.map((p) => toPlain(p)).join('\n')).toContain('line 399');
    const long = chunkHtml('y'.repeat(9000));
    expect(long.every((p) => p.length <= 4096)).toBe(true);
    expect(long.join('')).toBe('y'.repeat(9000));
  });
});

describe('commands', () => {
  it('suggests the closest command for a typo', () => {
    const catalog = listingCatalog();
    expect(typoDistance('stauts', 'status')).toBe(1);
    expect(closestCommand('stauts', catalog)).toBe('status');
    expect(closestCommand('node', catalog)).toBe('nodes');
    expect(closestCommand('xyzzy', catalog)).toBeUndefined();
  });

  it('maps words onto parameters and keeps extras apart', () => {
    expect(parseCommandArgs(statusAction, 'g3s-01')).toEqual({ params: { target: 'g3s-01' }, extra: [] });
    expect(parseCommandArgs(statusAction, 'target=all junk')).toEqual({ params: { target: 'all' }, extra: ['junk'] });
    expect(tokenize(`name="Living room" host=a 'b c'`)).toEqual(['name=Living room', 'host=a', 'b c']);
  });
});

describe('shell quoting', () => {
  it('passes hostile values through bash as single literal words', () => {
    for (const v of [`a;touch /tmp/x`, `it's`, '$(id)', '`id`', 'a b', '"q"', 'ünï ☃', '-n', '']) {
      const out = execFileSync('bash', ['-c', `printf '%s' ${quote(v)}`]).toString();
      expect(out).toBe(v);
    }
  });
});
