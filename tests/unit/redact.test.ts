import { describe, expect, it } from 'vitest';
import { findSecrets, mergeSecrets, redactFile } from '../../src/backup/redact.js';
import { REDACTED } from '../../src/secret.js';

const red = (s: string) => redactFile(Buffer.from(s)).content.toString('utf8');

describe('backup redaction', () => {
  it('redacts secret keys at any depth in JSON and keeps every other byte', () => {
    const src = '{\n  "a": { "b": [ { "apiKey": "k-1234567890" } ] },\n  "botToken": "abc",\n  "maxTokens": 4096,\n  "mode": "token",\n  "password": ""\n}\n';
    const out = red(src);
    expect(out).toBe(src.replace('k-1234567890', REDACTED).replace('"abc"', `"${REDACTED}"`));
  });

  it('redacts maps of secrets ("apiKeys": {...}) and falls back to re-serializing when a value is not found textually', () => {
    const out = red('{"apiKeys":{"openai":"x1","anthropic":"y2"},"u":"\\u0041"}');
    expect(JSON.parse(out)).toEqual({ apiKeys: { openai: REDACTED, anthropic: REDACTED }, u: 'A' });
  });

  it('redacts env, YAML and JSON5-style lines, not numbers or booleans', () => {
    const out = red('export OPENAI_API_KEY="abc123"\nBOT_TOKEN=zzz\nmax_tokens: 800\ntoken_limit: 9\nsecret: true\npassword: hunter2 # comment\nname: x\n');
    expect(out).toBe(`export OPENAI_API_KEY="${REDACTED}"\nBOT_TOKEN=${REDACTED}\nmax_tokens: 800\ntoken_limit: 9\nsecret: true\npassword: ${REDACTED} # comment\nname: x\n`);
  });

  it('redacts known formats anywhere in text, and masks them byte for byte in binary files', () => {
    const key = `sk-ant-api03-${'Z'.repeat(30)}`;
    expect(red(`notes: use ${key} carefully`)).toBe(`notes: use ${REDACTED} carefully`);
    const bin = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`tok=${key};`), Buffer.from([0])]);
    const r = redactFile(bin);
    expect(r.count).toBe(1);
    expect(r.content.length).toBe(bin.length);
    expect(r.content.toString('latin1')).not.toContain(key);
    expect(findSecrets(r.content)).toEqual([]);
    expect(findSecrets(bin)).toContain('anthropic');
  });

  it('restores the target node\'s current values where the backup says REDACTED', () => {
    const restored = `{\n  "gateway": { "token": "${REDACTED}" },\n  "name": "old"\n}\nKEY=${REDACTED}\n`;
    const current = `{\n  "gateway": { "token": "live-secret" },\n  "name": "new"\n}\nKEY=live2\n`;
    const m = mergeSecrets(restored, current);
    expect(m).toEqual({ text: `{\n  "gateway": { "token": "live-secret" },\n  "name": "old"\n}\nKEY=live2\n`, missing: 0 });
    expect(mergeSecrets(`X=${REDACTED}\n`, 'Y=1\n')).toEqual({ text: `X=${REDACTED}\n`, missing: 1 });
  });

  it('redacts OAuth profile fields, arrays of keys, and keeps a "#" inside a value secret', () => {
    const out = JSON.parse(red('{"profiles":{"openai-codex":{"type":"oauth","access":"eyJhbGciOi.x.y","refresh":"1//0gabc","expires":1700000000}},"apiKeys":["k-one","k-two"],"xai":{"key":"xai-abc123"}}'));
    expect(out).toEqual({ profiles: { 'openai-codex': { type: 'oauth', access: REDACTED, refresh: REDACTED, expires: 1700000000 } }, apiKeys: [REDACTED, REDACTED], xai: { key: REDACTED } });
    expect(red('PASSWORD=abc#def\nTOKEN=x1 # a comment\n')).toBe(`PASSWORD=${REDACTED}\nTOKEN=${REDACTED} # a comment\n`);
  });

  it('merges JSON secrets by key path: reordered or added providers never swap keys', () => {
    const R = REDACTED;
    const restored = `{\n  "p": {\n    "x": {\n      "apiKey": "${R}"\n    },\n    "y": {\n      "apiKey": "${R}"\n    },\n    "gone": {\n      "apiKey": "${R}"\n    }\n  }\n}\n`;
    const current = `{\n  "p": {\n    "n": {\n      "apiKey": "n-1"\n    },\n    "y": {\n      "apiKey": "y-1"\n    },\n    "x": {\n      "apiKey": "x-1"\n    }\n  }\n}\n`;
    const m = mergeSecrets(restored, current);
    expect(m.missing).toBe(1);
    expect(JSON.parse(m.text)).toEqual({ p: { x: { apiKey: 'x-1' }, y: { apiKey: 'y-1' }, gone: { apiKey: R } } });
    expect(m.text).toBe(restored.replace(R, 'x-1').replace(R, 'y-1'));
  });

  it('never guesses between look-alike lines of other text: an ambiguous one stays REDACTED', () => {
    const m = mergeSecrets(`# a\n[b]\nkey = "${REDACTED}"\n`, `[a]\nkey = "1"\n[c]\nkey = "2"\n`);
    expect(m).toEqual({ text: `# a\n[b]\nkey = "${REDACTED}"\n`, missing: 1 });
  });
});
