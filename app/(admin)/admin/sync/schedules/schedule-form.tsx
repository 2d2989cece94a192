'use client';
import cronstrue from 'cronstrue';
import { useState } from 'react';
import { SyncSpecFields } from '@/components/sync/sync-spec-fields';
import { SelectField } from '@/components/ui/field';
import { useFormKey } from '@/components/sync/use-form-key';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { CatalogDatabase } from '@/lib/mongo/catalog';
import { saveScheduleAction } from './actions';

function inWords(pattern: string): string {
  try {
    return pattern.trim() ? cronstrue.toString(pattern, { use24HourTimeFormat: true }) : '';
  } catch {
    return '';
  }
}

function TimingFields({ values, errors }: { values: Record<string, string | undefined>; errors: Record<string, string | undefined> }) {
  const [kind, setKind] = useState(values.kind ?? 'cron');
  const [cron, setCron] = useState(values.cron ?? '');
  const words = inWords(cron);
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 md:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-slate-700">Schedule</legend>
      <Field label="Name" name="name" defaultValue={values.name} error={errors.name} placeholder="e.g. Nightly transactions" className="md:col-span-2" />
      <SelectField label="Repeat" name="kind" defaultValue={kind} onChange={(e) => setKind(e.target.value)} error={errors.kind}>
        <option value="cron">on a cron pattern (in a timezone)</option>
        <option value="every">every N minutes</option>
      </SelectField>
      {kind === 'cron' ? (
        <>
          <div>
            <Field
              label="Cron pattern"
              name="cron"
              value={cron}
              onChange={(e) => setCron(e.target.value)}
              error={errors.cron}
              placeholder="five fields, see the hint"
              hint='minute hour day-of-month month day-of-week, e.g. "0 2 * * *" = 02:00 every day; at most once a minute.'
            />
            <p aria-live="polite" className="mt-1 text-sm text-slate-700">
              {words && `In words: ${words}`}
            </p>
          </div>
          <Field
            label="Timezone"
            name="timezone"
            defaultValue={values.timezone ?? 'UTC'}
            error={errors.timezone}
            hint="An IANA name such as UTC or Europe/Paris."
          />
        </>
      ) : (
        <Field
          label="Every (minutes)"
          name="everyMinutes"
          type="number"
          min={1}
          max={10080}
          defaultValue={values.everyMinutes ?? '60'}
          error={errors.everyMinutes}
        />
      )}
      <SelectField label="If the previous run is still going" name="overlap" defaultValue={values.overlap ?? 'skip'} error={errors.overlap}>
        <option value="skip">skip this run (recorded as skipped)</option>
        <option value="queue">run anyway</option>
      </SelectField>
    </fieldset>
  );
}

export function ScheduleForm({ catalog, scheduleId, initial }: { catalog: CatalogDatabase[] | null; scheduleId?: number; initial?: Record<string, string> }) {
  const { state, action, errors } = useFormAction(saveScheduleAction);
  const key = useFormKey(state);
  const values = state.values ?? initial ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} />
      {scheduleId && <input type="hidden" name="scheduleId" value={scheduleId} />}
      {!catalog && <FormMessage error="The MongoDB server is not reachable, so its databases cannot be listed. Type the names instead." />}
      <div key={key} className="space-y-4">
        <TimingFields values={values} errors={errors} />
        <SyncSpecFields catalog={catalog} values={values} errors={errors} defaultMode="incremental" />
      </div>
      <SubmitButton pendingText="Saving…">{scheduleId ? 'Save schedule' : 'Create schedule'}</SubmitButton>
    </form>
  );
}
