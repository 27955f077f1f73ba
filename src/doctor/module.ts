import type { OcmModule } from '../module.js';
import { createDoctorActions } from './actions.js';
import { readVersionInfo } from './version.js';

/** /doctor (the checks of `npm run doctor`) and /version. */
export const doctorModule: OcmModule = {
  name: 'doctor',
  actions: ({ config, store, nodes, catalog, now }) => {
    const startedAt = now();
    return createDoctorActions({ config, store, nodes, catalog, version: readVersionInfo(), uptimeS: () => (now() - startedAt) / 1000 });
  },
};
