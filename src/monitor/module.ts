import type { OcmModule } from '../module.js';
import { createMonitorActions } from './actions.js';
import { clockSkewCheck, selfCheck } from './checks.js';

/** The watchdog's actions (mute, unmute, silences, retry) and its own slow checks. Tables: 0004_watchdog. */
export const monitorModule: OcmModule = {
  name: 'monitor',
  actions: ({ store, nodes, now }) => createMonitorActions({ store, nodes, now }),
  checks: ({ selfProblems }) => [selfCheck(selfProblems), clockSkewCheck],
  webSources: ({ store }) => ({ alerts: { openCount: () => store.incidents.openCount() } }),
};
