/** Where the parts live (agent/src) and where `npm run build:agent` writes the built agent. */
export declare const AGENT_SRC_DIR: string;
export declare const AGENT_BUILT_PATH: string;
/** Builds the agent from the parts in `dir` (default agent/src); throws naming the part that breaks a rule. */
export declare function buildAgent(dir?: string): { text: string; version: string; commands: { name: string; usage: string }[] };
/** The version a built file embeds, if its content matches it; else null. */
export declare function verifiedVersion(built: string): string | null;
