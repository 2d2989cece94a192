import './support/isolate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMongoClient } from '@/lib/mongo/client';
import { proposeColumnMap } from '@/lib/sync-jobs/propose-columns';
import { runSync } from '@/lib/sync/engine';
import { openEndpoints } from '@/lib/sync/endpoints/open';
import { closeSyncMysqlPool } from '@/lib/sync/mysql/pool';
import { syncQueueForm, syncSpecSchema, type SyncSpecInput } from '@/lib/validation/sync';
import { openSchema, type TestSchema } from './support/mysql';
import { closeStores, openStores, type TestStores } from './support/stores';

let stores: TestStores;
let mysql: TestSchema;

async function copy(input: SyncSpecInput) {
  const spec = syncSpecSchema.parse(input);
  return runSync({ spec, ...(await openEndpoints(spec, { mongo: stores.mongo, mysql: () => mysql.pool })), hooks: { onCheckpoint: async () => undefined } });
}

const fields = (extra: Record<string, string> = {}) => ({
  sourceDb: stores.dbName,
  sourceCollection: 'people',
  targetDb: `mysql:${mysql.schema}`,
  targetCollection: 'people',
  ...extra,
});

beforeAll(async () => {
  stores = await openStores('column_form');
  mysql = await openSchema('column_form');
  await stores.db.collection('people').insertMany([{ name: 'Ada', age: 36 }, { name: 'Grace', age: 45 }, { name: 'Edsger' }]);
});

afterAll(async () => {
  await mysql?.drop();
  await closeStores(stores);
  await closeMongoClient();
  await closeSyncMysqlPool();
});

describe('the queue form’s column map', () => {
  it('proposes a map from a sample on the server; a propose ignores the map being edited, a queue parses it', async () => {
    const broken = fields({ columns: '[{"field": "_id", "column": "bad name", "type": "objectId"}]' });
    const queued = syncQueueForm.parseForm(broken);
    expect(queued).toMatchObject({ success: false, fieldErrors: { columns: ['column names may contain only letters, digits and "_"'] } });
    const propose = syncQueueForm.parseForm({ ...broken, intent: 'propose' });
    if (!propose.success) throw new Error('a propose must parse without the map');
    expect(propose.data.intent).toBe('propose');
    const proposed = await proposeColumnMap(propose.data.spec);
    expect(proposed).toEqual({
      ok: true,
      sampled: 3,
      columns: [
        { field: '_id', column: '_id', type: 'objectId' },
        { field: 'name', column: 'name', type: 'string', length: 32 },
        { field: 'age', column: 'age', type: 'int', absent: true },
      ],
    });
  });

  it('refuses to propose for a MongoDB target, with a message on the column map', async () => {
    const parsed = syncQueueForm.parseForm({ ...fields({ targetDb: stores.dbName, targetCollection: 'people_copy' }), intent: 'propose' });
    if (!parsed.success) throw new Error('expected a valid spec');
    expect(await proposeColumnMap(parsed.data.spec)).toMatchObject({ ok: false, fieldErrors: { columns: [expect.stringContaining('MySQL target')] } });
  });

  it('an edited map is what the job uses: a NOT NULL column refuses a document without the field, naming it', async () => {
    const columns = JSON.stringify([
      { field: '_id', column: 'id', type: 'objectId' },
      { field: 'name', column: 'full_name', type: 'string', length: 64 },
      { field: 'age', column: 'age', type: 'int', nullable: false },
    ]);
    const parsed = syncQueueForm.parseForm(fields({ columns, targetCollection: 'people_strict' }));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    await expect(copy(parsed.data.spec)).rejects.toThrow(/document _id \S*"\$oid":"[0-9a-f]{24}"\S* field "age": Column 'age' cannot be null/);
    const [described] = await mysql.pool.query(`SHOW COLUMNS FROM \`${mysql.schema}\`.people_strict`);
    expect((described as { Field: string; Null: string }[]).map((c) => [c.Field, c.Null])).toEqual([
      ['id', 'NO'],
      ['full_name', 'YES'],
      ['age', 'NO'],
    ]);
    // The same table checked against a map that says the column may be null: a clear mismatch, nothing written.
    const loose = syncQueueForm.parseForm(fields({ columns: columns.replace(',"nullable":false', ''), targetCollection: 'people_strict' }));
    if (!loose.success) throw new Error('expected a valid spec');
    await expect(copy(loose.data.spec)).rejects.toThrow('column "age" is int NOT NULL, the map says int');
  });
});
