/**
 * Why: one worker can run two processings of the same job at once (its lock expired during a Redis outage and the
 * stalled check handed the job out again while the first processing was still running). The worker needs to
 * know which processings of a job are running here, which one is the newest (the one holding the lock), and how
 * to stop them when BullMQ reports that their lock is gone.
 */
export const LOCK_LOST = 'lost the job lock (another processing took the job over)';

type Processing = { token: string; stop: AbortController };

export class Processings {
  private readonly byJob = new Map<string, Processing[]>();

  begin(jobId: string, token: string, stop: AbortController): void {
    this.byJob.set(jobId, [...(this.byJob.get(jobId) ?? []), { token, stop }]);
  }

  end(jobId: string, token: string): void {
    const rest = (this.byJob.get(jobId) ?? []).filter((p) => p.token !== token);
    if (rest.length) this.byJob.set(jobId, rest);
    else this.byJob.delete(jobId);
  }

  /** The token of the most recently started processing of this job still running here. */
  newestToken(jobId: string): string | undefined {
    return this.byJob.get(jobId)?.at(-1)?.token;
  }

  /** Stops every processing of the job here except the one whose token holds its lock (if any). */
  stopLost(jobId: string, holder: string | null): void {
    for (const p of this.byJob.get(jobId) ?? []) if (p.token !== holder) p.stop.abort(LOCK_LOST);
  }
}
