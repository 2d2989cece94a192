'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { actorOf } from '@/lib/auth/actor';
import { clientInfo } from '@/lib/request-info';
import { queueSync } from '@/lib/sync-jobs/queue-sync';
import { formatNamespace } from '@/lib/validation/sync';

export const queueSyncAction = withPermission('sync.queue', z.object({}), async (_data, formData, current) => {
  const outcome = await queueSync(formData, actorOf(current, clientInfo(await headers()).ip), 'page');
  if (!outcome.ok) {
    return { errors: Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, messages]) => [field, messages!.join('; ')])) };
  }
  return { message: `Queued job ${outcome.id}: ${formatNamespace(outcome.spec.source)} → ${formatNamespace(outcome.spec.target)}.`, id: outcome.id };
});
