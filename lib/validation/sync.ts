/**
 * Why: one `SyncSpec` schema is shared by the admin form, its server action, the `sync` CLI, the queue producer
 * and the worker, so a spec the form accepts is exactly a spec the worker can run. Filter and projection stay
 * canonical Extended JSON strings: they travel through Redis as JSON and are parsed again where they are used.
 */
import { EJSON, type Document } from 'bson';
import { z } from 'zod';
import { findRefusedOperator, type OperatorContext } from '../sync/query-operators';
import { columnMapField } from './column-map';
import { whenParsed } from './when-parsed';

export const SYNC_MODES = ['insert', 'upsert', 'mirror', 'incremental'] as const;
export const VERIFY_MODES = ['none', 'count', 'hash'] as const;
export const MAX_BATCH_SIZE = 10_000;
export const RESERVED_COLLECTION_PREFIX = '__sync_portal';
export const MAX_FIELD_PATH_LENGTH = 100;

// A blank name gets only "is required" (abort): the pattern rules below would repeat it in other words.
const databaseName = z
  .string({ error: 'database name is required' })
  .trim()
  .min(1, { error: 'database name is required', abort: true })
  .max(63, 'database name must be at most 63 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'database name may contain only letters, digits, "_" and "-"')
  .refine((name) => !['admin', 'local', 'config'].includes(name.toLowerCase()), 'admin, local and config are system databases (in any letter case)');

const collectionName = z
  .string({ error: 'collection name is required' })
  .trim()
  .min(1, { error: 'collection name is required', abort: true })
  .max(120, 'collection name must be at most 120 characters')
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'collection name may contain only letters, digits, "_", "-" and "."')
  .refine((name) => !name.endsWith('.') && !name.includes('..'), 'collection name cannot end with "." or contain ".."')
  .refine((name) => !name.toLowerCase().startsWith('system.'), 'system.* collections cannot be synced')
  .refine((name) => !name.startsWith(RESERVED_COLLECTION_PREFIX), `${RESERVED_COLLECTION_PREFIX}* collections are reserved`);

export const ENGINES = ['mongodb', 'mysql'] as const;
export type Engine = (typeof ENGINES)[number];
const MYSQL_SYSTEM_SCHEMAS = ['mysql', 'information_schema', 'performance_schema', 'sys'];

const mysqlIdentifier = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} is required`, abort: true })
    .max(64, `${what} must be at most 64 characters`)
    .regex(/^[A-Za-z0-9_]+$/, `${what} may contain only letters, digits and "_"`);

const schemaName = mysqlIdentifier('schema name').refine(
  (name) => !MYSQL_SYSTEM_SCHEMAS.includes(name.toLowerCase()),
  `${MYSQL_SYSTEM_SCHEMAS.join(', ')} are system schemas`,
);
const tableName = mysqlIdentifier('table name').refine(
  (name) => !name.startsWith(RESERVED_COLLECTION_PREFIX),
  `${RESERVED_COLLECTION_PREFIX}* tables are reserved`,
);

/** A MongoDB collection (`db.collection`) or a MySQL table (`schema.table`); names follow the engine's rules. */
const namespace = z
  .object({
    engine: z.enum(ENGINES, { error: `an endpoint starts with ${ENGINES.map((e) => `${e}:`).join(' or ')}` }).default('mongodb'),
    db: z.string({ error: 'database name is required' }),
    collection: z.string({ error: 'collection name is required' }),
  })
  .transform((ns, ctx) => {
    const [db, collection] = ns.engine === 'mysql' ? [schemaName, tableName] : [databaseName, collectionName];
    const parts = { db: db.safeParse(ns.db), collection: collection.safeParse(ns.collection) };
    for (const [key, result] of Object.entries(parts)) {
      for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: [key], message: issue.message });
    }
    if (!parts.db.success || !parts.collection.success) return z.NEVER;
    return { engine: ns.engine, db: parts.db.data, collection: parts.collection.data };
  });
export type Namespace = z.output<typeof namespace>;

/** `mysql:reporting` → engine and name; a bare name is MongoDB. An unknown prefix is kept for the schema to refuse. */
export function splitEngine(value: string): { engine: string; name: string } {
  const match = /^([A-Za-z]+):(.*)$/s.exec(value);
  return match ? { engine: match[1].toLowerCase(), name: match[2] } : { engine: 'mongodb', name: value };
}

/** `mongodb:db.coll`, `mysql:schema.table` or a bare `db.coll` (MongoDB) as the form's flat parts. */
export function splitEndpoint(value: string): { db: string; collection: string } {
  const { engine, name } = splitEngine(value.trim());
  const dot = name.indexOf('.');
  const db = dot > 0 ? name.slice(0, dot) : name;
  return { db: engine === 'mongodb' && !value.trim().startsWith('mongodb:') ? db : `${engine}:${db}`, collection: dot > 0 ? name.slice(dot + 1) : '' };
}

const fieldPath = z
  .string()
  .trim()
  .min(1, 'watermark field is required')
  .max(MAX_FIELD_PATH_LENGTH, `watermark field must be at most ${MAX_FIELD_PATH_LENGTH} characters`)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, 'watermark field must be a field path such as updatedAt or meta.updatedAt');

/** Parses Extended JSON into a document, or returns a message saying why it cannot be used. */
export function parseExtendedJsonDocument(text: string, context: OperatorContext): Document | string {
  let value: unknown;
  try {
    value = EJSON.parse(text, { relaxed: false });
  } catch (error) {
    return `${context} is not valid Extended JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ('_bsontype' in value && !Object.hasOwn(value, '_bsontype'))) {
    return `${context} must be a JSON object such as {"active": true}`;
  }
  return findRefusedOperator(value, context) ?? (context === 'projection' ? projectionProblem(value as Document) : null) ?? (value as Document);
}

function projectionProblem(projection: Document): string | null {
  const kinds = new Set<string>();
  for (const [key, value] of Object.entries(projection)) {
    const isFlag = value === 0 || value === 1 || typeof value === 'boolean' || isBsonNumber(value);
    const isOperator = typeof value === 'object' && value !== null && Object.keys(value).every((k) => k.startsWith('$'));
    if (!isFlag && !isOperator) return `projection value for "${key}" must be 0, 1, true, false or a $slice/$elemMatch`;
    if (isFlag && key !== '_id') kinds.add(Number(value) ? 'include' : 'exclude');
  }
  return kinds.size > 1 ? 'projection cannot mix included and excluded fields (except _id)' : null;
}

function isBsonNumber(value: unknown): boolean {
  const type = (value as { _bsontype?: string } | null)?._bsontype;
  return type === 'Int32' || type === 'Double' || type === 'Long';
}

function extendedJsonField(context: OperatorContext) {
  return z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      const parsed = parseExtendedJsonDocument(text, context);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return Object.keys(parsed).length ? EJSON.stringify(parsed, { relaxed: false }) : undefined;
    });
}

/** The fields the cross-field rules read: they run whenever these parsed, so a bad batch size hides no other error. */
const SPEC_RULE_INPUTS = ['source', 'target', 'filter', 'projection', 'watermarkField', 'columns'];

export const syncSpecSchema = z
  .object({
    source: namespace,
    target: namespace,
    mode: z.enum(SYNC_MODES, { error: `mode must be one of ${SYNC_MODES.join(', ')}` }).default('upsert'),
    watermarkField: fieldPath.default('_id'),
    filter: extendedJsonField('filter'),
    projection: extendedJsonField('projection'),
    batchSize: z.coerce
      .number({ error: 'batch size must be a number' })
      .int('batch size must be a whole number')
      .min(1, 'batch size must be at least 1')
      .max(MAX_BATCH_SIZE, `batch size must be at most ${MAX_BATCH_SIZE.toLocaleString('en-US')}`)
      .default(1000),
    verify: z.enum(VERIFY_MODES, { error: `verify must be one of ${VERIFY_MODES.join(', ')}` }).default('none'),
    columns: columnMapField,
  })
  .superRefine(
    (spec, ctx) => {
      const same = (a: Namespace, b: Namespace) => a.engine === b.engine && a.db === b.db && a.collection === b.collection;
      if (same(spec.source, spec.target)) {
        ctx.addIssue({ code: 'custom', path: ['target', 'collection'], message: 'source and target must be different collections' });
      }
      if (spec.source.engine === 'mysql') {
        for (const key of ['filter', 'projection'] as const) {
          if (spec[key]) ctx.addIssue({ code: 'custom', path: [key], message: `a ${key} applies to MongoDB sources only` });
        }
        if (!/^[A-Za-z0-9_]+$/.test(spec.watermarkField))
          ctx.addIssue({ code: 'custom', path: ['watermarkField'], message: 'the watermark of a MySQL source is one of its columns' });
      }
      if (spec.columns && !(spec.source.engine === 'mongodb' && spec.target.engine === 'mysql'))
        ctx.addIssue({ code: 'custom', path: ['columns'], message: 'a column map applies to MongoDB → MySQL syncs only' });
    },
    { when: whenParsed(SPEC_RULE_INPUTS) },
  );

export type SyncSpec = z.output<typeof syncSpecSchema>;
export type SyncSpecInput = z.input<typeof syncSpecSchema>;

export const SYNC_FORM_FIELDS = [
  'sourceDb',
  'sourceCollection',
  'targetDb',
  'targetCollection',
  'mode',
  'watermarkField',
  'filter',
  'projection',
  'batchSize',
  'verify',
  'columns',
] as const;
export type SyncFormField = (typeof SYNC_FORM_FIELDS)[number];
export type SyncFieldErrors = Partial<Record<SyncFormField | 'form', string[]>>;

const FIELD_BY_PATH: Record<string, SyncFormField> = {
  'source.engine': 'sourceDb',
  'source.db': 'sourceDb',
  'source.collection': 'sourceCollection',
  'target.engine': 'targetDb',
  'target.db': 'targetDb',
  'target.collection': 'targetCollection',
  mode: 'mode',
  watermarkField: 'watermarkField',
  filter: 'filter',
  projection: 'projection',
  batchSize: 'batchSize',
  verify: 'verify',
  columns: 'columns',
};

/** Turns a zod error on a spec into messages keyed by the form's flat field names. */
export function syncSpecFieldErrors(error: z.ZodError): SyncFieldErrors {
  const errors: SyncFieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    const field =
      FIELD_BY_PATH[path] ??
      (path.startsWith('columns') ? 'columns' : path.startsWith('source') ? 'sourceCollection' : path.startsWith('target') ? 'targetCollection' : 'form');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

export type FormLike = FormData | Record<string, unknown>;

/** Builds a spec input from flat string fields (FormData from the admin page, or CLI flags); blanks mean "default". */
export function syncSpecInputFromFields(input: FormLike): SyncSpecInput {
  const read = (name: SyncFormField): string | undefined => {
    const raw = input instanceof FormData ? input.get(name) : input[name];
    if (raw === undefined || raw === null) return undefined;
    const text = String(raw).trim();
    return text === '' ? undefined : text;
  };
  const endpoint = (db: string | undefined, collection: string | undefined) => {
    const { engine, name } = splitEngine(db ?? '');
    return { engine: engine as Engine, db: name, collection: collection ?? '' };
  };
  return {
    source: endpoint(read('sourceDb'), read('sourceCollection')),
    target: endpoint(read('targetDb'), read('targetCollection')),
    mode: read('mode') as SyncSpecInput['mode'],
    watermarkField: read('watermarkField'),
    filter: read('filter'),
    projection: read('projection'),
    batchSize: read('batchSize'),
    verify: read('verify') as SyncSpecInput['verify'],
    columns: read('columns'),
  };
}

export type SyncSpecParseResult = { success: true; data: SyncSpec } | { success: false; fieldErrors: SyncFieldErrors };

export function parseSyncSpecFields(input: FormLike): SyncSpecParseResult {
  const result = syncSpecSchema.safeParse(syncSpecInputFromFields(input));
  return result.success ? { success: true, data: result.data } : { success: false, fieldErrors: syncSpecFieldErrors(result.error) };
}

/** The queue form's two buttons: queue the spec, or propose a column map for it (the map being edited is then ignored). */
export type SyncQueueIntent = { intent: 'queue' | 'propose'; spec: SyncSpec };

export const syncQueueForm = {
  parseForm(input: FormLike): { success: true; data: SyncQueueIntent } | { success: false; fieldErrors: SyncFieldErrors } {
    const intent = (input instanceof FormData ? input.get('intent') : input.intent) === 'propose' ? 'propose' : 'queue';
    const fields = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = parseSyncSpecFields(intent === 'propose' ? { ...fields, columns: undefined } : fields);
    return parsed.success ? { success: true, data: { intent, spec: parsed.data } } : parsed;
  },
};

export { formatNamespace } from './namespace';

/** The selection filter as a document (empty when the spec has none). */
export function specFilter(spec: Pick<SyncSpec, 'filter'>): Document {
  return spec.filter ? (EJSON.parse(spec.filter, { relaxed: false }) as Document) : {};
}

export function specProjection(spec: Pick<SyncSpec, 'projection'>): Document | undefined {
  return spec.projection ? (EJSON.parse(spec.projection, { relaxed: false }) as Document) : undefined;
}
