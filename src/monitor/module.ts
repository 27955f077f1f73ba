import type { OcmModule } from '../module.js';
import { createMonitorActions } from './actions.js';
import { clockSkewCheck, selfCheck } from './checks.js';
import { watchdogSection } from './config.js';

/** The watchdog's actions (mute, unmute, silences, retry) and its own slow checks (run by the job watchdog-slow-checks). Tables: 0004_watchdog. */
export const monitorModule: OcmModule = {
  name: 'monitor',
  config: [watchdogSection],
  actions: ({ store, nodes, now, watchdog }) => createMonitorActions({ store, nodes, now, watchdog }),
  jobs: ({ config }) =>
    config.watchdog.enabled
      ? [{ name: 'watchdog-slow-checks', label: 'watchdog slow checks', schedule: { everyS: config.watchdog.slowIntervalS }, invocation: { action: 'watchdogchecks' }, immediate: true }] // i18n-exempt: the cron actor's name in the audit log (English)
      : [],
  checks: ({ selfProblems }) => [selfCheck(selfProblems), clockSkewCheck],
  webSources: ({ store }) => ({ alerts: { openCount: () => store.incidents.openCount() } }),
};
