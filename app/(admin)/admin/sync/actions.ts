'use server';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { toFormErrors } from '@/lib/validation/field-errors';
import { formatNamespace, syncSpecForm } from '@/lib/validation/sync';
import { queueSync } from '@/lib/sync-jobs/queue-sync';

export const queueSyncAction = withPermission('sync.queue', syncSpecForm, async (spec, { actor }) => {
  const outcome = await queueSync(spec, actor, 'page');
  if (!outcome.ok) return { errors: toFormErrors(outcome.fieldErrors) };
  return { message: `Queued job ${outcome.id}: ${formatNamespace(outcome.spec.source)} → ${formatNamespace(outcome.spec.target)}.`, id: outcome.id };
});
