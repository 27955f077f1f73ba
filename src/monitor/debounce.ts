/** A value seen but not yet confirmed: how many times in a row, since when. */
export interface Candidate<S> {
  value: S;
  count: number;
  since: number;
}

export interface Step<S> {
  candidate: Candidate<S> | undefined;
  /** Set when `need` identical results in a row moved the confirmed value. */
  change?: { from: S; to: S; since: number };
}

/**
 * The N-consecutive rule: the confirmed value changes only after `need` identical results in a
 * row that differ from it; any result equal to the confirmed value starts the count afresh.
 * `since` is the time of the first of those results (escalation counts from there).
 */
export function step<S>(confirmed: S, candidate: Candidate<S> | undefined, observed: S, at: number, need: number): Step<S> {
  if (observed === confirmed) return { candidate: undefined };
  const next: Candidate<S> = candidate && candidate.value === observed ? { ...candidate, count: candidate.count + 1 } : { value: observed, count: 1, since: at };
  if (next.count >= need) return { candidate: undefined, change: { from: confirmed, to: observed, since: next.since } };
  return { candidate: next };
}

/** Keeps one debounced value per key (node states, "disk high" flags…). */
export function createDebouncer<S>(need: number) {
  const candidates = new Map<string, Candidate<S>>();
  return {
    observe(key: string, confirmed: S, observed: S, at: number): Step<S>['change'] {
      const r = step(confirmed, candidates.get(key), observed, at, need);
      if (r.candidate) candidates.set(key, r.candidate);
      else candidates.delete(key);
      return r.change;
    },
    pending(key: string): Candidate<S> | undefined {
      return candidates.get(key);
    },
    forget(key: string): void {
      candidates.delete(key);
    },
  };
}
