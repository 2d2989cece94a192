'use server';
import { echoValues } from '@/lib/action-wrapper/validated';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { toFormErrors } from '@/lib/validation/field-errors';
import { formatNamespace, syncQueueForm } from '@/lib/validation/sync';
import { proposeColumnMap } from '@/lib/sync-jobs/propose-columns';
import { queueSync } from '@/lib/sync-jobs/queue-sync';

export const queueSyncAction = withPermission('sync.queue', syncQueueForm, async ({ intent, spec }, { actor, formData }) => {
  if (intent === 'propose') {
    const proposed = await proposeColumnMap(spec);
    if (!proposed.ok) return { errors: toFormErrors(proposed.fieldErrors) };
    return {
      values: { ...echoValues(formData), columns: JSON.stringify(proposed.columns) },
      message: `Proposed a column map from ${proposed.sampled.toLocaleString('en-US')} sampled document(s): review or edit it, then queue the sync.`,
    };
  }
  const outcome = await queueSync(spec, actor, 'page');
  if (!outcome.ok) return { errors: toFormErrors(outcome.fieldErrors) };
  return { message: `Queued job ${outcome.id}: ${formatNamespace(outcome.spec.source)} → ${formatNamespace(outcome.spec.target)}.`, id: outcome.id };
});
