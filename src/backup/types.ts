import type Database from 'better-sqlite3';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { NodeService } from '../nodes/service.js';
import type { BackupType } from '../store/backups-repo.js';
import type { Store } from '../store/store.js';

// Shared by service.ts and restore.ts (here so that neither imports the other's types).

export interface BackupServiceDeps {
  config: Config;
  store: Store;
  db: Database.Database;
  nodes: NodeService;
  log: Logger;
  now(): number;
}

export interface BackupOpts {
  type: BackupType;
  label?: string;
  score?: number | null;
  signal?: AbortSignal;
  /** Keep the unredacted pack (restore reads the node's current secrets from it); the caller removes it. */
  keepRaw?: boolean;
}
