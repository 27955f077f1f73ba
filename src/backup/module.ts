import { backupPushCheck } from '../monitor/checks.js';
import type { OcmModule } from '../module.js';
import { createBackupActions } from './actions.js';
import { backupJobs, reportInterruptedRestores } from './schedule.js';
import { backupSection } from './config.js';

/** Git backups of every node, restore and rollback. Its tables are in the store's own migrations (0002_backups). */
export const backupModule: OcmModule = {
  name: 'backup',
  config: [backupSection],
  actions: ({ backups, nodes, store, config, log, busy }) => createBackupActions({ backups, nodes, store, config, log, busy }),
  jobs: ({ config, backups }) => backupJobs({ config, backups }),
  checks: () => [backupPushCheck],
  webSources: ({ store }) => ({
    backups: {
      lastFor(nodeId) {
        const r = store.backups.latest(nodeId);
        return r ? { at: r.createdAt, ref: r.tag ?? r.commit.slice(0, 10), score: r.score } : null;
      },
      countSince: (ms) => store.backups.countSince(ms),
    },
  }),
  onStart: ({ log, backups, notify }) => reportInterruptedRestores({ log, backups, notify }),
};
