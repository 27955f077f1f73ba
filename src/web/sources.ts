/**
 * What the status page reads besides the store. Each source belongs to a capability that lands
 * separately (backups, watchdog, scoring); the page shows "—" (JSON: null) for a missing one.
 */

export interface LastBackup {
  /** ms epoch */
  at: number;
  /** commit or tag */
  ref: string;
  score: number | null;
}

export interface BackupsSource {
  lastFor(nodeId: string): LastBackup | null;
  /** Backups taken since `ms` (ms epoch). */
  countSince(ms: number): number;
}

export interface AlertsSource {
  /** Open incidents (alerts not resolved yet). */
  openCount(): number;
}

export interface ScorePoint {
  /** ms epoch */
  at: number;
  /** 0–100 */
  score: number;
}

export interface ScoresSource {
  /** Scores over time, oldest first: of one node, or of the whole cluster without a node id. */
  trend(nodeId?: string): ScorePoint[];
}

export interface OffsiteSource {
  /** The newest full offsite copy (ms epoch), or null when there is none or offsite copies are off. */
  last(): { at: number } | null;
  /** Older than offsite.stale_after_h. */
  stale(): boolean;
}

export interface WebSources {
  alerts?: AlertsSource;
  offsite?: OffsiteSource;
  backups?: BackupsSource;
  scores?: ScoresSource;
}

/** kv key the watchdog writes each cycle (ms epoch, as a string or a number). */
export const WATCHDOG_LAST_CYCLE_KEY = 'watchdog.last_cycle_at';
