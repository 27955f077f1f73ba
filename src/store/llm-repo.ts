import type { Database } from 'better-sqlite3';

export type LlmOutcome = 'ok' | 'rejected' | 'error';

export interface LlmCall {
  id: number;
  purpose: string;
  model: string;
  chatId: number | null;
  actor: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number;
  outcome: LlmOutcome;
  errorMessage: string | null;
  createdAt: number;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
  createdAt: number;
}

interface CallRow {
  id: number;
  purpose: string;
  model: string;
  chat_id: number | null;
  actor: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  outcome: LlmOutcome;
  error_message: string | null;
  created_at: number;
}

/** Turns kept per chat; the request uses the last few (intent.history_turns). */
const KEEP_TURNS = 40;

/** LLM calls (tokens and latency, for cost tracking) and the recent turns of each chat. */
export function createLlmRepo(db: Database, now: () => number) {
  return {
    recordCall(c: Omit<LlmCall, 'id' | 'createdAt'>): void {
      db.prepare(
        `INSERT INTO llm_calls (purpose, model, chat_id, actor, input_tokens, output_tokens, latency_ms, outcome, error_message, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(c.purpose, c.model, c.chatId, c.actor, c.inputTokens, c.outputTokens, c.latencyMs, c.outcome, c.errorMessage, now());
    },
    recentCalls(n = 20): LlmCall[] {
      return db
        .prepare<[number], CallRow>('SELECT * FROM llm_calls ORDER BY id DESC LIMIT ?')
        .all(n)
        .map((r) => ({
          id: r.id,
          purpose: r.purpose,
          model: r.model,
          chatId: r.chat_id,
          actor: r.actor,
          inputTokens: r.input_tokens,
          outputTokens: r.output_tokens,
          latencyMs: r.latency_ms,
          outcome: r.outcome,
          errorMessage: r.error_message,
          createdAt: r.created_at,
        }));
    },
    addTurn(chatId: number, role: ChatTurn['role'], text: string): void {
      db.prepare('INSERT INTO chat_turns (chat_id, role, text, created_at) VALUES (?, ?, ?, ?)').run(chatId, role, text, now());
      db.prepare('DELETE FROM chat_turns WHERE chat_id = ? AND id NOT IN (SELECT id FROM chat_turns WHERE chat_id = ? ORDER BY id DESC LIMIT ?)').run(chatId, chatId, KEEP_TURNS);
    },
    /** The last n turns of a chat, oldest first. */
    recentTurns(chatId: number, n: number): ChatTurn[] {
      if (n <= 0) return [];
      return db
        .prepare<[number, number], { role: ChatTurn['role']; text: string; created_at: number }>('SELECT role, text, created_at FROM chat_turns WHERE chat_id = ? ORDER BY id DESC LIMIT ?')
        .all(chatId, n)
        .reverse()
        .map((r) => ({ role: r.role, text: r.text, createdAt: r.created_at }));
    },
  };
}

export type LlmRepo = ReturnType<typeof createLlmRepo>;
