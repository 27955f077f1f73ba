import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { findCycles, importGraph } from '../../scripts/import-cycles.mjs';
import { tempDir } from '../support/capture.js';

type Graph = Record<string, string[]>;
const cycles = findCycles as (g: Graph) => string[][];
const graphOf = importGraph as (root: string) => Graph;

function tree(files: Record<string, string>): string {
  const dir = tempDir('ocm-cycles-').path;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the import-cycle check of npm run lint', () => {
  it('finds the cycle planted through a type-only import three files deep, and names its path', () => {
    const root = tree({
      'core/types.ts': 'export interface Reply { html: string }\n',
      'actions/types.ts': "import type { BackupService } from '../backup/service.js';\nexport type S = BackupService;\n",
      'backup/service.ts': "import type { Store } from '../store/store.js';\nexport type BackupService = { store: Store };\n",
      'store/store.ts': "import { x } from './alerts-repo.js';\nexport type Store = typeof x;\n",
      'store/alerts-repo.ts': "import type { S } from '../actions/types.js';\nexport const x = 1 as unknown as S;\n",
      'web/page.ts': "import type { Reply } from '../core/types.js';\nexport type P = Reply;\n",
    });
    expect(cycles(graphOf(root))).toEqual([['actions/types.ts', 'backup/service.ts', 'store/store.ts', 'store/alerts-repo.ts', 'actions/types.ts']]);
  });

  it('finds a two-file cycle made by a re-export, and none once it is broken', () => {
    const g: Graph = { 'backup/restore.ts': ['backup/service.ts'], 'backup/service.ts': ['backup/restore.ts'], 'app.ts': ['backup/service.ts'] };
    expect(cycles(g)).toEqual([['backup/restore.ts', 'backup/service.ts', 'backup/restore.ts']]);
    const root = tree({ 'a.ts': "export { b } from './b.js';\nexport const a = 1;\n", 'b.ts': "export * from './a.js';\nexport const b = 2;\n" });
    expect(cycles(graphOf(root))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
    expect(cycles({ ...g, 'backup/restore.ts': ['backup/types.ts'], 'backup/service.ts': ['backup/restore.ts', 'backup/types.ts'] })).toEqual([]);
  });

  it('src/ itself has no cycle', () => {
    expect(cycles(graphOf('src'))).toEqual([]);
  });
});
