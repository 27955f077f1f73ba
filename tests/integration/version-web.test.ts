import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../support/web-app.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe("OCM's own version on the status page", () => {
  let w: WebApp;
  let url: string;
  beforeAll(async () => {
    w = startWebApp({ localNode: false });
    url = await w.app.web!.start();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('/health names the version, the git commit of the checkout, Node, the agent and the schema', async () => {
    const h = (await (await fetch(new URL('health', url))).json()) as { version?: Record<string, unknown> };
    expect(h.version).toMatchObject({ version: pkg.version, node: process.version });
    expect(String(h.version?.commit)).toMatch(/^[0-9a-f]{7,}(\+dirty)?$/);
    expect(String(h.version?.agent)).toMatch(/^[0-9a-f]{12}$/);
    const last = (w.app.store.db.prepare('SELECT id FROM schema_migrations ORDER BY rowid DESC LIMIT 1').get() as { id: string }).id;
    expect(h.version?.schema).toBe(last);
  });

  it('the page footer shows the version and uptime', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toMatch(new RegExp(`<span data-cell="version">OCM ${pkg.version.replace(/\./g, '\\.')} \\([0-9a-f]+(\\+dirty)?\\) · up [^<]+ · Node ${process.version.replace(/\./g, '\\.')} · agent [0-9a-f]{12}`));
  });
});
