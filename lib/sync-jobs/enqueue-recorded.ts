/** Why: the one way any entry point (form, API, CLI, schedule's "Run now") starts a job: enqueue, then the "queued" run row. */
import type { Actor } from '../auth/actor';
import { enqueueSync } from '../queue';
import type { QueuedBy, SyncJobData } from '../queue/types';
import type { SyncSpec } from '../validation/sync';
import { recordQueuedJob } from './record';

export const queuedByOf = (actor: Actor): QueuedBy => ({ userId: actor.id ?? 0, username: actor.username });

export async function enqueueRecorded(spec: SyncSpec, actor: Actor, extra: Pick<SyncJobData, 'origin' | 'scheduleId'>): Promise<string> {
  const id = await enqueueSync(spec, queuedByOf(actor), extra);
  await recordQueuedJob(id);
  return id;
}
