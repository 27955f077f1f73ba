import type { OcmModule } from '../module.js';
import { anthropicSection, intentSection } from './config.js';

/** Natural language → Invocations via Claude tools generated from the catalog (built in app.ts from the catalog). Tables: 0003_llm. */
export const intentsModule: OcmModule = {
  name: 'intents',
  config: [anthropicSection, intentSection],
};
