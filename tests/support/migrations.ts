import { createHash } from 'node:crypto';
import type { Migration } from '../../src/store/migrate.js';

/** What tests/fixtures/migrations-landed.json records per migration. */
export function fingerprint(m: Migration): { id: string; sha256: string } {
  return { id: m.id, sha256: createHash('sha256').update(m.sql).digest('hex') };
}
