/**
 * Why: everything the technician console shows, in one JSON-able snapshot that the page renders first and its
 * route serves every few seconds: services, queue health, jobs that need a hand (failed or cancelled, running
 * or stalled) and runs the history closed as interrupted or lost. Each part degrades on its own when a store
 * is down, so the console keeps working in exactly the situations it is for.
 */
import 'server-only';
import { listTroubledRuns } from '../db/queries/sync-runs';
import { cancelRequestedFor } from '../queue/cancel-requests';
import { failFast } from '../queue/errors';
import { queueHealth, type QueueHealth } from '../queue/health';
import { getSyncQueue } from '../queue/queue';
import type { SyncJobView } from '../queue/types';
import { serializeSyncJob } from '../queue/view';
import { serializeRun, type RunListItem } from '../runs/list';
import { serviceHealth, type ServiceHealth } from './versions';

export type ConsoleSnapshot = {
  at: number;
  services: ServiceHealth[];
  queue: QueueHealth | null;
  attention: SyncJobView[] | null;
  running: SyncJobView[] | null;
  troubled: RunListItem[] | null;
};

const LIST = 20;

async function jobsIn(types: ('failed' | 'active' | 'waiting' | 'prioritized' | 'delayed')[]): Promise<SyncJobView[]> {
  return failFast(async () => {
    const queue = getSyncQueue();
    const jobs = (await queue.getJobs(types, 0, LIST - 1)).filter(Boolean);
    const states = await Promise.all(jobs.map((job) => job.getState()));
    const cancelled = await cancelRequestedFor(await queue.backend.client, jobs);
    return jobs.map((job, i) => serializeSyncJob(job, states[i]!, cancelled[i]!));
  });
}

async function troubledRuns(): Promise<RunListItem[]> {
  const rows = await listTroubledRuns(new Date(Date.now() - 24 * 3600_000), LIST);
  return rows.map((row) => serializeRun(row));
}

export async function loadConsole(): Promise<ConsoleSnapshot> {
  const [services, queue, attention, running, troubled] = await Promise.all([
    serviceHealth(),
    queueHealth().catch(() => null),
    jobsIn(['failed']).catch(() => null),
    jobsIn(['active', 'waiting', 'prioritized', 'delayed']).catch(() => null),
    troubledRuns().catch(() => null),
  ]);
  return { at: Date.now(), services, queue, attention, running, troubled };
}
