import { describe, expect, it } from 'vitest';
import { createLocalTransport } from '../../src/nodes/local-transport.js';
import { cleanDeep, cleanForTerminal, cleanLine, cleanText } from '../../src/util/sanitize.js';

describe('security: cleaning node-supplied text', () => {
  it('single-line fields lose line breaks, escape sequences, C0/C1 controls and bidi overrides', () => {
    expect(cleanLine('host\n🟢 forged\r\n\tline')).toBe('host 🟢 forged line');
    expect(cleanLine('\x1b]0;title\x07\x1b[2J\x1b[31mred\x1b[0m\x1bc')).toBe('red');
    expect(cleanLine('a\u009b31mb\u009d0;t\u009cc\x85d')).toBe('abcd');
    expect(cleanLine('file\u202egnp.exe\u2066x\u2069')).toBe('filegnp.exex');
    expect(cleanLine('nul\x00bell\x07del\x7f')).toBe('nulbelldel');
  });

  it('multi-line text keeps \\n and \\t, drops \\r and escapes', () => {
    expect(cleanText('a\r\nb\tc\rd\x1b[2Je', { multiline: true })).toBe('a\nb\tc\nde');
  });

  it('long text is cut to ~300 characters with an ellipsis, without scanning megabytes', () => {
    const big = 'x'.repeat(2_000_000);
    const t = Date.now();
    const s = cleanLine(big);
    expect(Date.now() - t).toBeLessThan(200);
    expect(s).toHaveLength(300);
    expect(s.endsWith('…')).toBe(true);
    expect(cleanLine('😀'.repeat(400), 11)).toBe('😀😀😀😀😀…');
  });

  it('cleans every string inside a status object, numbers and booleans untouched', () => {
    expect(cleanDeep({ hostname: 'a\nb', n: 3, ok: true, list: ['\x1b[2Jx'], nested: { v: null } })).toEqual({ hostname: 'a b', n: 3, ok: true, list: ['x'], nested: { v: null } });
  });

  it('the terminal guard keeps newlines but no escape sequence', () => {
    expect(cleanForTerminal('line 1\n\x1b]0;pwned\x07line 2\x1b[2J\n')).toBe('line 1\nline 2\n');
  });
});

describe('security: the local transport caps output too', () => {
  it('stops a command over the stdout cap with an error naming the stream, and one over the stderr cap', async () => {
    const t = createLocalTransport({ maxStdoutBytes: 1 << 20, maxStderrBytes: 64 * 1024 });
    await expect(t.exec("head -c 50000000 /dev/zero | tr '\\0' a")).rejects.toThrow(/local: the command printed more than 1 MiB on stdout; OCM stopped it/);
    await expect(t.exec("head -c 2000000 /dev/zero | tr '\\0' e >&2")).rejects.toThrow(/more than 64 KiB on stderr/);
    const ok = await t.exec('echo fine; echo warn >&2');
    expect(ok).toEqual({ code: 0, stdout: 'fine\n', stderr: 'warn\n' });
  });
});
