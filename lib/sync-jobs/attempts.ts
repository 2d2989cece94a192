/**
 * Why: BullMQ's attemptsMade counts finished attempts, successful ones included, so it cannot say how many
 * failed. The run history (one row per started attempt) can: the job page reads its attempts from there.
 */
type AttemptRow = { state: string; startedAt: Date | number | null };

/** "1 attempt, completed"; "3 attempts, active (earlier: 1 failed, 1 interrupted)"; rows newest first. */
export function describeAttempts(runs: AttemptRow[]): string {
  const started = runs.filter((run) => run.startedAt !== null);
  if (started.length === 0) return runs.length ? `not started yet (${runs[0].state})` : 'not started yet';
  const [latest, ...earlier] = started;
  const counts = new Map<string, number>();
  for (const run of earlier) counts.set(run.state, (counts.get(run.state) ?? 0) + 1);
  const before = [...counts].map(([state, n]) => `${n} ${state}`).join(', ');
  return `${started.length} attempt${started.length === 1 ? '' : 's'}, ${latest.state}${before ? ` (earlier: ${before})` : ''}`;
}
