import type { OcmModule } from '../module.js';
import { createHelpActions } from './actions.js';

/** /start, /help (the help lists every module's actions) and /lang. */
export const helpModule: OcmModule = {
  name: 'help',
  actions: ({ nodes, catalog, languages }) => createHelpActions({ nodes, catalog, languages }),
};
