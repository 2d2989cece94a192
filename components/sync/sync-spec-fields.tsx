'use client';
import { useState } from 'react';
import { ColumnMapEditor } from '@/components/sync/column-map-editor';
import { Field, SelectField, TextAreaField } from '@/components/ui/field';
import type { CatalogDatabase } from '@/lib/mongo/catalog';

const MODES = [
  ['upsert', 'upsert — insert or replace by _id (safe to rerun)'],
  ['insert', 'insert — new documents only; duplicates are reported'],
  ['mirror', 'mirror — upsert, then delete target documents missing from the source'],
  ['incremental', 'incremental — only documents newer than the last run'],
] as const;

/**
 * The sync spec's fields, shared by the queue form and the schedule form. Every field starts from `values` (what
 * was submitted, echoed back after an error), so nothing the admin chose is lost; mount it with a new key per
 * submission. The source database has no default: it is picked from a searchable list of the server's catalog.
 */
export function SyncSpecFields({
  catalog,
  values,
  errors,
  defaultMode = 'upsert',
  columnMap = false,
}: {
  catalog: CatalogDatabase[] | null;
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
  defaultMode?: string;
  /** Offer the MongoDB → MySQL column map editor (its "Propose" button submits the form with intent=propose). */
  columnMap?: boolean;
}) {
  const [sourceDb, setSourceDb] = useState(values.sourceDb ?? '');
  const [targetDb, setTargetDb] = useState(values.targetDb ?? '');
  const crossToMysql = /^mysql:/i.test(targetDb.trim()) && !/^mysql:/i.test(sourceDb.trim());
  const [mode, setMode] = useState(values.mode ?? defaultMode);
  const collections = catalog?.find((db) => db.name === sourceDb)?.collections;

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field
        label="Source database"
        name="sourceDb"
        list={catalog ? 'source-databases' : undefined}
        value={sourceDb}
        onChange={(e) => setSourceDb(e.target.value)}
        autoComplete="off"
        placeholder={catalog ? 'Type to search the server’s databases' : 'database name'}
        error={errors.sourceDb}
        hint={catalog ? `${catalog.length} database(s) on the server; choose one.` : undefined}
      />
      <datalist id="source-databases">
        {catalog?.map((db) => (
          <option key={db.name} value={db.name}>{`${db.collections.length} collections`}</option>
        ))}
      </datalist>
      {collections ? (
        <SelectField
          label="Source collection"
          name="sourceCollection"
          key={sourceDb}
          defaultValue={values.sourceDb === sourceDb ? values.sourceCollection : undefined}
          error={errors.sourceCollection}
        >
          {collections.length === 0 && <option value="">(no collections)</option>}
          {collections.map((c) => (
            <option key={c.name} value={c.name}>
              {c.estimatedCount === null ? c.name : `${c.name} (${c.estimatedCount.toLocaleString('en-US')} documents)`}
            </option>
          ))}
        </SelectField>
      ) : (
        <Field
          label="Source collection"
          name="sourceCollection"
          defaultValue={values.sourceCollection}
          error={errors.sourceCollection}
          hint={catalog && sourceDb ? 'Not a database on the server yet: type the collection name.' : catalog ? 'Choose the source database first.' : undefined}
        />
      )}
      <Field
        label="Target database"
        name="targetDb"
        list="source-databases"
        value={targetDb}
        onChange={(e) => setTargetDb(e.target.value)}
        error={errors.targetDb}
        hint={columnMap ? 'A MongoDB database, or mysql:schema for a MySQL table.' : undefined}
      />
      <Field
        label="Target collection"
        name="targetCollection"
        defaultValue={values.targetCollection}
        error={errors.targetCollection}
        placeholder="e.g. customers_copy"
      />
      <SelectField
        label="Mode"
        name="mode"
        defaultValue={mode}
        onChange={(e) => setMode(e.target.value)}
        error={errors.mode}
        hint={
          defaultMode === 'incremental' && mode !== 'incremental'
            ? 'Scheduled runs usually use incremental: each run copies only what is new since the last one.'
            : undefined
        }
      >
        {MODES.map(([m, text]) => (
          <option key={m} value={m}>
            {text}
          </option>
        ))}
      </SelectField>
      {mode === 'incremental' && (
        <Field
          label="Watermark field"
          name="watermarkField"
          defaultValue={values.watermarkField ?? '_id'}
          error={errors.watermarkField}
          hint="A field that only grows, e.g. updatedAt."
        />
      )}
      <TextAreaField
        rows={2}
        placeholder="empty: every document"
        label="Filter"
        name="filter"
        defaultValue={values.filter}
        error={errors.filter}
        hint='Extended JSON query, e.g. {"active": true}. $where, $function and $accumulator are refused.'
      />
      <TextAreaField
        rows={2}
        placeholder="empty: every field"
        label="Projection"
        name="projection"
        defaultValue={values.projection}
        error={errors.projection}
        hint='Extended JSON projection, e.g. {"username": 1, "email": 1}.'
      />
      <Field
        label="Batch size"
        name="batchSize"
        type="number"
        min={1}
        max={10000}
        defaultValue={values.batchSize ?? '1000'}
        error={errors.batchSize}
        hint="Documents per write (1–10,000)."
      />
      <SelectField label="Verify" name="verify" defaultValue={values.verify ?? 'hash'} error={errors.verify}>
        <option value="none">none</option>
        <option value="count">count — compare document counts</option>
        <option value="hash">hash — compare counts and a hash of every document</option>
      </SelectField>
      {columnMap && (crossToMysql || values.columns) && <ColumnMapEditor initial={values.columns} error={errors.columns} />}
    </div>
  );
}
