import type { OcmModule } from '../module.js';

/** Natural language → Invocations via Claude tools generated from the catalog (built in app.ts from the catalog). Tables: 0003_llm. */
export const intentsModule: OcmModule = {
  name: 'intents',
};
