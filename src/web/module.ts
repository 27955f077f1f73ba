import type { OcmModule } from '../module.js';
import { statusSection } from './config.js';

/** The read-only status page; it shows what the other modules' `webSources` give it. */
export const webModule: OcmModule = {
  name: 'web',
  config: [statusSection],
};
