import { bindActions } from '../core/action.js';
import type { OcmModule } from '../module.js';
import { eventsAction, nodesAction, statusAction } from './actions.js';
import { addNodeAction, removeNodeAction, scanHostAction, trustHostAction } from './admin-actions.js';
import { logsAction, restartAction } from './ops-actions.js';
import { editNodeAction } from './edit-actions.js';
import { fleetSection, sshSection } from './config.js';

/** The fleet: listing, live status, logs, adding, editing, trusting, restarting and removing nodes. Tables: 0001_core. */
export const nodesModule: OcmModule = {
  name: 'nodes',
  config: [sshSection, fleetSection],
  actions: ({ config, store, nodes, now, busy, statusLines }) =>
    bindActions({ config, store, nodes, now, busy, statusLines }, [nodesAction, statusAction, eventsAction, logsAction, addNodeAction, editNodeAction, scanHostAction, restartAction, trustHostAction, removeNodeAction]),
};
