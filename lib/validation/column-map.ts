/**
 * Why: a MongoDB → MySQL sync writes through a column map (field → typed column). It is proposed from a sample,
 * may be edited on the form or passed to the CLI as JSON, and travels in the job's spec; this is its one schema.
 */
import './zod-jitless';
import { z } from 'zod';

export const COLUMN_TYPES = ['objectId', 'string', 'text', 'int', 'long', 'double', 'decimal', 'decimalText', 'bool', 'date', 'json', 'binary'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** How the admin form names each type: the MySQL column it becomes and the BSON values it holds. */
export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  objectId: 'CHAR(24) — ObjectId',
  string: 'VARCHAR(length) — string',
  text: 'LONGTEXT — long string',
  int: 'INT — 32-bit integer',
  long: 'BIGINT — 64-bit integer',
  double: 'DOUBLE — double',
  decimal: 'DECIMAL(38, scale) — Decimal128',
  decimalText: 'VARCHAR(80) — Decimal128 as exact text',
  bool: 'TINYINT(1) — boolean',
  date: 'DATETIME(3) — date, UTC',
  json: 'JSON — nested or mixed values',
  binary: 'LONGBLOB — binary',
};
export const MAX_VARCHAR = 16_383;
export const MAX_KEY_VARCHAR = 768;

export const columnSchema = z.object({
  field: z
    .string()
    .min(1, 'a column needs its field')
    .max(200, 'field names are at most 200 characters')
    .refine((name) => !name.includes('.') && !name.startsWith('$'), 'a column maps one top-level field (no "." or leading "$")'),
  column: z
    .string()
    .trim()
    .min(1, 'a column needs a name')
    .max(64, 'column names are at most 64 characters')
    .regex(/^[A-Za-z0-9_]+$/, 'column names may contain only letters, digits and "_"'),
  type: z.enum(COLUMN_TYPES, { error: `column type must be one of ${COLUMN_TYPES.join(', ')}` }),
  length: z.int().min(1).max(MAX_VARCHAR, `string columns hold at most ${MAX_VARCHAR} characters (use text)`).optional(),
  scale: z.int().min(0).max(30, 'a DECIMAL scale is at most 30').optional(),
  /** SQL NULL means the field is absent from the document (it was missing, never null, in the sample). */
  absent: z.boolean().optional(),
  /** false: the column is NOT NULL (a document without the field fails the run); the primary key never is nullable. */
  nullable: z.boolean().optional(),
});
export type ColumnSpec = z.output<typeof columnSchema>;

export const columnMap = z
  .array(columnSchema)
  .min(1, 'the column map is empty')
  .max(1_000, 'at most 1,000 columns')
  .superRefine((columns, ctx) => {
    const id = columns.find((c) => c.field === '_id');
    if (!id) ctx.addIssue({ code: 'custom', message: 'the column map must map _id (it becomes the primary key)' });
    else if (!['objectId', 'string', 'int', 'long'].includes(id.type))
      ctx.addIssue({ code: 'custom', message: `_id cannot be a primary key of type ${id.type}` });
    else if (id.type === 'string' && (id.length ?? MAX_VARCHAR) > MAX_KEY_VARCHAR)
      ctx.addIssue({ code: 'custom', message: `a string _id column holds at most ${MAX_KEY_VARCHAR} characters` });
    for (const key of ['field', 'column'] as const) {
      const seen = new Set<string>();
      for (const c of columns) {
        const name = key === 'column' ? c.column.toLowerCase() : c.field;
        if (seen.has(name)) ctx.addIssue({ code: 'custom', message: `${key} "${c[key]}" appears twice in the column map` });
        seen.add(name);
      }
    }
    for (const c of columns) {
      if (c.type === 'string' && c.length === undefined) ctx.addIssue({ code: 'custom', message: `string column "${c.column}" needs a length` });
      if (c.type === 'decimal' && c.scale === undefined) ctx.addIssue({ code: 'custom', message: `decimal column "${c.column}" needs a scale` });
    }
  });

/** Accepts the map as JSON text (form, CLI) or as the parsed array (a spec passed on). */
export const columnMapField = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  if (!value.trim()) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'the column map must be JSON: [{"field", "column", "type", "length"?, "scale"?}, …]' });
    return z.NEVER;
  }
}, columnMap.optional());
