'use client';
import Link from 'next/link';
import { SyncSpecFields } from '@/components/sync/sync-spec-fields';
import { useFormKey } from '@/components/sync/use-form-key';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { CatalogDatabase } from '@/lib/mongo/catalog';
import { queueSyncAction } from './actions';

export function QueueSyncForm({ catalog }: { catalog: CatalogDatabase[] | null }) {
  const { state, action, errors } = useFormAction(queueSyncAction);
  const key = useFormKey(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      {state.id && state.message && (
        <p className="text-sm">
          <Link href={`/admin/sync/${state.id}`} className="font-medium text-brand-700 hover:underline">
            Open job #{state.id}
          </Link>
        </p>
      )}
      {!catalog && <FormMessage error="The MongoDB server is not reachable, so its databases cannot be listed. Type the names instead." />}
      <SyncSpecFields key={key} catalog={catalog} values={state.values ?? {}} errors={errors} columnMap />
      <SubmitButton pendingText="Queueing…">Queue sync</SubmitButton>
    </form>
  );
}
