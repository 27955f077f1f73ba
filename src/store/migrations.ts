import type { Migration } from './migrate.js';

/**
 * The store's own schema: the tables its generic repos read. Each migration has a stable id,
 * recorded in schema_migrations when applied. Never edit or reorder a landed entry (a test
 * compares them with tests/fixtures/migrations-landed.json); add a new one at the end.
 * Before named migrations the schema version was `PRAGMA user_version` = the number of
 * entries applied, in this order (see LEGACY_IDS in migrate.ts).
 */
export const STORE_MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_core',
    sql: `
  CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    transport TEXT NOT NULL CHECK (transport IN ('local', 'ssh')),
    host TEXT,
    port INTEGER,
    ssh_user TEXT,
    oc_home TEXT NOT NULL DEFAULT '~/.openclaw',
    key_path TEXT,
    host_key_fp TEXT,
    host_key_state TEXT NOT NULL DEFAULT 'none' CHECK (host_key_state IN ('none', 'pending', 'pinned', 'mismatch')),
    gateway_port INTEGER NOT NULL DEFAULT 18789,
    restart_cmd TEXT,
    declared INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN ('online', 'degraded', 'offline', 'unknown')),
    status_json TEXT,
    last_error TEXT,
    last_seen_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT,
    type TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT 'info' CHECK (severity IN ('info', 'warn', 'critical')),
    message TEXT NOT NULL,
    data TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX events_created ON events (created_at);
  CREATE INDEX events_node ON events (node_id, created_at);
  CREATE TABLE operations (
    id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    target TEXT,
    params TEXT,
    operator TEXT NOT NULL,
    operator_detail TEXT,
    chat_id INTEGER,
    state TEXT NOT NULL,
    error_message TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER
  );
  CREATE INDEX operations_state ON operations (state);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_id TEXT,
    operator TEXT NOT NULL,
    operator_detail TEXT,
    action TEXT NOT NULL,
    target TEXT,
    params TEXT,
    result TEXT NOT NULL CHECK (result IN ('succeeded', 'failed', 'denied', 'cancelled', 'expired')),
    error_message TEXT,
    duration_ms INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX audit_created ON audit_log (created_at);
  CREATE TABLE kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  },
  // git backups (issue 4)
  {
    id: '0002_backups',
    sql: `
  CREATE TABLE backups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL,
    git_commit TEXT NOT NULL,
    git_tag TEXT,
    type TEXT NOT NULL CHECK (type IN ('auto', 'manual', 'pre-rollback')),
    score INTEGER,
    is_stable INTEGER NOT NULL DEFAULT 0,
    file_count INTEGER NOT NULL,
    total_size INTEGER NOT NULL,
    redactions INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX backups_node ON backups (node_id, created_at);
  CREATE UNIQUE INDEX backups_commit ON backups (node_id, git_commit);
  `,
  },
  // natural language (issue 6): every Claude call with its tokens and latency (cost tracking), and the
  // recent turns of each chat that go into the next request
  {
    id: '0003_llm',
    sql: `
  CREATE TABLE llm_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose TEXT NOT NULL,
    model TEXT NOT NULL,
    chat_id INTEGER,
    actor TEXT,
    input_tokens INTEGER,
    output_tokens INTEGER,
    latency_ms INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'rejected', 'error')),
    error_message TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX llm_calls_created ON llm_calls (created_at);
  CREATE TABLE chat_turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX chat_turns_chat ON chat_turns (chat_id, id);
  `,
  },
  // issue 5: watchdog and alerts
  {
    id: '0004_watchdog',
    sql: `
  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warn', 'critical')),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    summary TEXT NOT NULL,
    detail TEXT,
    started_at INTEGER NOT NULL,
    last_seen_at INTEGER,
    last_state TEXT,
    level INTEGER NOT NULL DEFAULT 0,
    muted INTEGER NOT NULL DEFAULT 0,
    group_id INTEGER,
    recovery TEXT,
    resolution TEXT,
    resolved_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX incidents_open ON incidents (state, node_id, kind);
  CREATE TABLE silences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mute', 'maintenance')),
    reason TEXT,
    created_by TEXT,
    created_at INTEGER NOT NULL,
    until_at INTEGER NOT NULL,
    ended_at INTEGER
  );
  CREATE INDEX silences_active ON silences (scope, until_at);
  CREATE TABLE alert_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_ids TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE alert_messages (
    group_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (group_id, chat_id)
  );
  CREATE TABLE alert_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('send', 'edit')),
    group_id INTEGER,
    reply TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
  );
  CREATE INDEX alert_outbox_pending ON alert_outbox (sent_at, id);
  `,
  },
];
