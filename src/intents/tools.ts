import { z } from 'zod';
import type { AnyAction } from '../core/action.js';
import { actionLine, en } from '../i18n/index.js';
import { isNlAction } from './plan.js';
import { loadPrompt } from './prompts.js';

/** A tool in the Messages API's format. */
export interface ToolDef {
  name: string;
  description: string;
  input_schema: { type: 'object'; properties: Record<string, unknown>; required?: string[] };
}

export const ASK_TOOL = 'ask_clarifying_question';

/** JSON Schema of an action's params as a caller writes them (defaults optional, coercions as input). */
export function inputSchema(a: AnyAction): ToolDef['input_schema'] {
  const schema = z.toJSONSchema(a.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete schema.$schema;
  if (schema.type !== 'object' || typeof schema.properties !== 'object' || schema.properties === null) {
    throw new Error(`action ${a.name}: params must be a flat object schema`);
  }
  for (const [k, v] of Object.entries(schema.properties as Record<string, { type?: unknown }>)) {
    if (v.type === 'object' || v.type === 'array') throw new Error(`action ${a.name}: param ${k} is nested; tools take flat objects`);
  }
  return schema as ToolDef['input_schema'];
}

/**
 * The tools of one request, built from the catalog as it is now, so actions added later join
 * automatically. Actions that cannot be requested in plain words are left out (see isNlAction).
 */
export function buildTools(catalog: readonly AnyAction[]): ToolDef[] {
  const tools: ToolDef[] = catalog.filter(isNlAction).map((a) => ({
    name: a.name,
    // i18n-exempt: a tool description Claude reads (English by design)
    description: `${actionLine(en, a)}. Slash command: ${a.usage}. Risk tier: ${a.tier}${a.tierFor ? ' (higher for some targets)' : ''}.`,
    input_schema: inputSchema(a),
  }));
  tools.push({
    name: ASK_TOOL,
    description: loadPrompt('ask-clarifying-question.txt'),
    // i18n-exempt: the tool's parameter description Claude reads (English by design)
    input_schema: { type: 'object', properties: { question: { type: 'string', description: 'the question, in the language of the owner' } }, required: ['question'] },
  });
  return tools;
}
