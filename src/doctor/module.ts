import type { OcmModule } from '../module.js';
import { createDoctorActions } from './actions.js';
import { readVersionInfo } from './version.js';

/** /doctor (the checks of `npm run doctor`) and /version. */
export const doctorModule: OcmModule = {
  name: 'doctor',
  // uptime is the process's: the same for the bot, /health and the status page
  actions: ({ config, store, nodes, catalog }) => createDoctorActions({ config, store, nodes, catalog, version: readVersionInfo(), uptimeS: () => process.uptime() }),
};
