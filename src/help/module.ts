import type { OcmModule } from '../module.js';
import { createHelpActions } from './actions.js';

/** /start and /help (the help lists every module's actions). */
export const helpModule: OcmModule = {
  name: 'help',
  actions: ({ nodes, catalog }) => createHelpActions({ nodes, catalog }),
};
