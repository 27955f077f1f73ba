import { helpAction, startAction } from './meta.js';
import { eventsAction, nodesAction, statusAction } from './nodes.js';
import type { AnyAction } from './types.js';

/** Every operation OCM knows. Slash commands, natural language, buttons and jobs all draw from here. */
export function createCatalog(): AnyAction[] {
  return [startAction, helpAction, nodesAction, statusAction, eventsAction];
}
