import { backupAction, backupsAction, diffAction, restoreAction, rollbackAction, scheduledBackupAction, stableAction } from './backup.js';
import { muteAction, mutesAction, retrySshAction, unmuteAction } from './alerts.js';
import { helpAction, startAction } from './meta.js';
import { addNodeAction, removeNodeAction, scanHostAction, trustHostAction } from './node-admin.js';
import { logsAction, restartAction } from './node-ops.js';
import { eventsAction, nodesAction, statusAction } from './nodes.js';
import type { AnyAction } from './types.js';

/** Every operation OCM knows. Slash commands, natural language, buttons and jobs all draw from here. */
export function createCatalog(): AnyAction[] {
  return [
    startAction,
    helpAction,
    nodesAction,
    statusAction,
    eventsAction,
    logsAction,
    addNodeAction,
    scanHostAction,
    restartAction,
    trustHostAction,
    removeNodeAction,
    backupAction,
    backupsAction,
    diffAction,
    stableAction,
    restoreAction,
    rollbackAction,
    scheduledBackupAction,
    muteAction,
    mutesAction,
    unmuteAction,
    retrySshAction,
  ];
}
