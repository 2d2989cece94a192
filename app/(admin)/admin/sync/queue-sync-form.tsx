'use client';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/actions/validated';
import type { CatalogDatabase } from '@/lib/mongo/catalog';
import { queueSyncAction } from './actions';

const SELECT = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';
const MODES = [
  ['upsert', 'upsert — insert or replace by _id (safe to rerun)'],
  ['insert', 'insert — new documents only; duplicates are reported'],
  ['mirror', 'mirror — upsert, then delete target documents missing from the source'],
  ['incremental', 'incremental — only documents newer than the last run'],
] as const;

function Select({ label, name, error, children, ...props }: React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; error?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
      <select id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} className={SELECT} {...props}>{children}</select>
      {error && <p id={`${name}-error`} className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}

function TextArea({ label, name, error, hint, defaultValue }: { label: string; name: string; error?: string; hint: string; defaultValue?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
      <textarea id={name} name={name} rows={2} defaultValue={defaultValue} placeholder="{}" aria-invalid={error ? true : undefined} aria-describedby={`${name}-${error ? 'error' : 'hint'}`} className={`${SELECT} font-mono`} />
      {error ? <p id={`${name}-error`} className="mt-1 text-sm text-red-600">{error}</p> : <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
}

export function QueueSyncForm({ catalog }: { catalog: CatalogDatabase[] | null }) {
  const [state, action] = useActionState<FormState, FormData>(queueSyncAction, {});
  const errors = state.errors ?? {};
  const value = (name: string) => state.values?.[name];
  const [sourceDb, setSourceDb] = useState(value('sourceDb') ?? catalog?.[0]?.name ?? '');
  const [mode, setMode] = useState(value('mode') ?? 'upsert');
  const collections = catalog?.find((db) => db.name === sourceDb)?.collections ?? [];

  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      {state.id && state.message && <p className="text-sm"><Link href={`/admin/sync/${state.id}`} className="font-medium text-brand-700 hover:underline">Open job #{state.id}</Link></p>}
      {!catalog && <FormMessage error="The MongoDB server is not reachable, so its databases cannot be listed. Type the names instead." />}
      <div className="grid gap-4 md:grid-cols-2">
        {catalog ? (
          <>
            <Select label="Source database" name="sourceDb" value={sourceDb} onChange={(e) => setSourceDb(e.target.value)} error={errors.sourceDb}>
              {catalog.map((db) => <option key={db.name} value={db.name}>{db.name} ({db.collections.length} collections)</option>)}
            </Select>
            <Select label="Source collection" name="sourceCollection" key={sourceDb} defaultValue={value('sourceCollection')} error={errors.sourceCollection}>
              {collections.map((c) => <option key={c.name} value={c.name}>{c.name} ({c.estimatedCount.toLocaleString('en-US')} documents)</option>)}
            </Select>
          </>
        ) : (
          <>
            <Field label="Source database" name="sourceDb" defaultValue={value('sourceDb')} error={errors.sourceDb} />
            <Field label="Source collection" name="sourceCollection" defaultValue={value('sourceCollection')} error={errors.sourceCollection} />
          </>
        )}
        <Field label="Target database" name="targetDb" list="known-databases" defaultValue={value('targetDb') ?? sourceDb} error={errors.targetDb} />
        <Field label="Target collection" name="targetCollection" defaultValue={value('targetCollection')} error={errors.targetCollection} placeholder="e.g. customers_copy" />
        <datalist id="known-databases">{catalog?.map((db) => <option key={db.name} value={db.name} />)}</datalist>
        <Select label="Mode" name="mode" value={mode} onChange={(e) => setMode(e.target.value)} error={errors.mode}>
          {MODES.map(([m, text]) => <option key={m} value={m}>{text}</option>)}
        </Select>
        {mode === 'incremental' && <Field label="Watermark field" name="watermarkField" defaultValue={value('watermarkField') ?? '_id'} error={errors.watermarkField} hint="A field that only grows, e.g. updatedAt." />}
        <TextArea label="Filter" name="filter" defaultValue={value('filter')} error={errors.filter} hint='Extended JSON query, e.g. {"active": true}. $where, $function and $accumulator are refused.' />
        <TextArea label="Projection" name="projection" defaultValue={value('projection')} error={errors.projection} hint='Extended JSON projection, e.g. {"username": 1, "email": 1}.' />
        <Field label="Batch size" name="batchSize" type="number" min={1} max={10000} defaultValue={value('batchSize') ?? '1000'} error={errors.batchSize} hint="Documents per write (1–10,000)." />
        <Select label="Verify" name="verify" defaultValue={value('verify') ?? 'hash'} error={errors.verify}>
          <option value="none">none</option>
          <option value="count">count — compare document counts</option>
          <option value="hash">hash — compare counts and a hash of every document</option>
        </Select>
      </div>
      <SubmitButton pendingText="Queueing…">Queue sync</SubmitButton>
    </form>
  );
}
