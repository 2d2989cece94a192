/**
 * Why: `npm run sync -- --wait` watches a job that keeps running whatever happens to the terminal's connection.
 * A Redis outage (a restart, a failover) must not end the watch: it says it is waiting and asks again, for up to
 * a minute, then reports the job's real outcome. A job that is gone after the outage is reported as lost, with
 * the likely reason, instead of hanging.
 */
import { isAppError } from '../lib/errors';
import { getSyncJobOrThrow, loadSyncJobView, type SyncJobView } from '../lib/queue';

export const OUTAGE_LIMIT_MS = 60_000;
const POLL_MS = 500;
const FINISHED = new Set(['completed', 'failed', 'cancelled']);

export class WaitError extends Error {
  override name = 'WaitError';
}

export type WaitReporter = { update(view: SyncJobView): void; waiting(message: string): void };

export async function waitForFinish(jobId: string, report: WaitReporter): Promise<SyncJobView> {
  let outageSince: number | null = null;
  for (;;) {
    try {
      const view = await loadSyncJobView(await getSyncJobOrThrow(jobId), { withLogs: false });
      if (outageSince !== null) report.waiting(`the job queue (Redis) is back after ${Math.round((Date.now() - outageSince) / 1000)} s`);
      outageSince = null;
      report.update(view);
      if (FINISHED.has(view.state)) return view;
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.status === 404) {
        throw new WaitError(
          outageSince === null
            ? `job ${jobId} no longer exists: it was removed, or the queue's Redis lost its data`
            : `job ${jobId} no longer exists: the queue's Redis lost its data while it was down (it keeps nothing across a restart without persistence, such as appendonly yes)`,
        );
      }
      if (error.status !== 503) throw error;
      const now = Date.now();
      if (outageSince === null) {
        outageSince = now;
        report.waiting(
          `the job queue (Redis) is not reachable; waiting up to ${OUTAGE_LIMIT_MS / 1000} s for it to come back (job ${jobId} keeps running in the worker)`,
        );
      } else if (now - outageSince > OUTAGE_LIMIT_MS) {
        throw new WaitError(
          `the job queue (Redis) has not been reachable for ${OUTAGE_LIMIT_MS / 1000} s; job ${jobId} may still be running (check it on the admin page)`,
        );
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
