/**
 * Why: the jobs table pages through the run history in MySQL and overlays live state from BullMQ for the runs
 * still queued or active on that page only (progress, cancel requested), so it scales with the page, not with
 * the history. A Redis outage leaves the history readable.
 */
import { isAppError } from '../errors';
import { listRuns, type RunFilters, type RunRow } from '../db/queries/sync-runs';
import { getSyncJobOrThrow, loadSyncJobView } from '../queue';
import type { SyncJobState, SyncProgress } from '../queue/types';

export type RunLive = { state: SyncJobState; progress: SyncProgress | null; cancelRequested: boolean };
export type RunListItem = Omit<RunRow, 'queuedAt' | 'startedAt' | 'finishedAt' | 'createdAt'> & {
  queuedAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  createdAt: number;
  live: RunLive | null;
};
export type RunList = { runs: RunListItem[]; total: number; page: number; pageSize: number; liveUnavailable: boolean };

const ms = (d: Date | null) => (d ? d.getTime() : null);

async function liveOf(run: RunRow): Promise<RunLive | null | 'unavailable'> {
  if (run.state !== 'queued' && run.state !== 'active') return null;
  try {
    const view = await loadSyncJobView(await getSyncJobOrThrow(run.jobId), { withLogs: false });
    return { state: view.state, progress: view.progress, cancelRequested: view.cancelRequested };
  } catch (error) {
    return isAppError(error, 'NOT_FOUND') ? null : 'unavailable';
  }
}

export function serializeRun(run: RunRow, live: RunLive | null = null): RunListItem {
  return { ...run, queuedAt: ms(run.queuedAt), startedAt: ms(run.startedAt), finishedAt: ms(run.finishedAt), createdAt: run.createdAt.getTime(), live };
}

export async function listRunsWithLive(filters: RunFilters, page: number, pageSize: number): Promise<RunList> {
  const { rows, total } = await listRuns(filters, { offset: (page - 1) * pageSize, pageSize });
  const lives = await Promise.all(rows.map(liveOf));
  return {
    runs: rows.map((run, i) => serializeRun(run, lives[i] === 'unavailable' ? null : (lives[i] as RunLive | null))),
    total,
    page,
    pageSize,
    liveUnavailable: lives.includes('unavailable'),
  };
}
