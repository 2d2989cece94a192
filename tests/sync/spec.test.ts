import { describe, expect, it } from 'vitest';
import { parseSyncSpecFields, syncSpecSchema, type SyncFieldErrors } from '@/lib/validation/sync';

const valid = { sourceDb: 'analytics', sourceCollection: 'customers', targetDb: 'analytics', targetCollection: 'customers_copy' };

function errorsFor(fields: Record<string, string>): SyncFieldErrors {
  const result = parseSyncSpecFields({ ...valid, ...fields });
  if (result.success) throw new Error(`expected errors for ${JSON.stringify(fields)}`);
  return result.fieldErrors;
}

describe('SyncSpec schema', () => {
  it('applies the defaults', () => {
    const result = parseSyncSpecFields(valid);
    expect(result).toEqual({
      success: true,
      data: {
        source: { engine: 'mongodb', db: 'analytics', collection: 'customers' },
        target: { engine: 'mongodb', db: 'analytics', collection: 'customers_copy' },
        mode: 'upsert',
        watermarkField: '_id',
        batchSize: 1000,
        verify: 'none',
      },
    });
  });

  it('reads FormData and treats blank fields as defaults', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...valid, mode: 'mirror', batchSize: ' 250 ', verify: 'hash', filter: '', projection: '  ' })) form.set(k, v);
    const result = parseSyncSpecFields(form);
    expect(result.success && result.data).toMatchObject({ mode: 'mirror', batchSize: 250, verify: 'hash', filter: undefined, projection: undefined });
  });

  it.each([
    [{ sourceDb: '' }, 'sourceDb', 'database name is required'],
    [{ targetDb: 'bad name' }, 'targetDb', 'database name may contain only letters, digits, "_" and "-"'],
    [{ sourceDb: 'x'.repeat(64) }, 'sourceDb', 'database name must be at most 63 characters'],
    [{ targetDb: 'admin' }, 'targetDb', 'admin, local and config are system databases'],
    [{ sourceCollection: '' }, 'sourceCollection', 'collection name is required'],
    [{ sourceCollection: 'a$b' }, 'sourceCollection', 'collection name may contain only letters, digits, "_", "-" and "."'],
    [{ targetCollection: 'x'.repeat(121) }, 'targetCollection', 'collection name must be at most 120 characters'],
    [{ targetCollection: 'system.users' }, 'targetCollection', 'system.* collections cannot be synced'],
    [{ targetCollection: '__sync_portal_watermarks' }, 'targetCollection', '__sync_portal* collections are reserved'],
    [{ mode: 'copy' }, 'mode', 'mode must be one of insert, upsert, mirror, incremental'],
    [{ verify: 'md5' }, 'verify', 'verify must be one of none, count, hash'],
    [{ batchSize: '0' }, 'batchSize', 'batch size must be at least 1'],
    [{ batchSize: '10001' }, 'batchSize', 'batch size must be at most 10,000'],
    [{ batchSize: '1.5' }, 'batchSize', 'batch size must be a whole number'],
    [{ batchSize: 'lots' }, 'batchSize', 'batch size must be a number'],
    [{ watermarkField: '9lives' }, 'watermarkField', 'watermark field must be a field path such as updatedAt or meta.updatedAt'],
    [{ filter: '{"a": ' }, 'filter', 'filter is not valid Extended JSON'],
    [{ filter: '[1, 2]' }, 'filter', 'filter must be a JSON object such as {"active": true}'],
    [{ filter: '{"$where": "this.a > 1"}' }, 'filter', 'operator $where is not allowed (it runs JavaScript on the server)'],
    [
      { filter: '{"$expr": {"$function": {"body": "f", "args": [], "lang": "js"}}}' },
      'filter',
      'operator $function is not allowed (it runs JavaScript on the server)',
    ],
    [{ filter: '{"$expr": {"$gt": [{"$accumulator": {}}, 1]}}' }, 'filter', 'operator $accumulator is not allowed (it runs JavaScript on the server)'],
    [{ filter: '{"a": {"$lookup": 1}}' }, 'filter', 'operator $lookup is not allowed in a filter'],
    [{ filter: '{"$expr": {"$merge": "x"}}' }, 'filter', 'operator $merge is not allowed in a filter $expr'],
    [{ filter: '{"a": {"$code": "function () {}"}}' }, 'filter', 'JavaScript code values ($code) are not allowed (they run on the server)'],
    [{ projection: '{"a": 1, "b": 0}' }, 'projection', 'projection cannot mix included and excluded fields (except _id)'],
    [{ projection: '{"a": "yes"}' }, 'projection', 'projection value for "a" must be 0, 1, true, false or a $slice/$elemMatch'],
    [{ projection: '{"a": {"$where": "1"}}' }, 'projection', 'operator $where is not allowed (it runs JavaScript on the server)'],
    [{ projection: '{"a": {"$meta": "textScore"}}' }, 'projection', 'operator $meta is not allowed in a projection'],
    [{ targetCollection: 'customers' }, 'targetCollection', 'source and target must be different collections'],
  ])('refuses %j on %s', (fields, field, message) => {
    const errors = errorsFor(fields as Record<string, string>);
    expect(errors[field as keyof SyncFieldErrors]?.join(' ')).toContain(message);
  });

  it('says only "is required" of a blank name, not also that it breaks the naming rules', () => {
    const errors = errorsFor({ sourceDb: ' ', targetCollection: '' });
    expect(errors.sourceDb).toEqual(['database name is required']);
    expect(errors.targetCollection).toEqual(['collection name is required']);
  });

  it('accepts allowed operators and stores filter and projection as canonical Extended JSON', () => {
    const spec = syncSpecSchema.parse({
      source: { db: 'a', collection: 'b' },
      target: { db: 'a', collection: 'c' },
      filter: '{"active": true, "n": {"$in": [1, 2]}, "birthdate": {"$gte": {"$date": "2000-01-01T00:00:00Z"}}, "$expr": {"$gt": ["$n", 1]}}',
      projection: '{"name": 1, "_id": 0}',
    });
    expect(spec.filter).toBe(
      '{"active":true,"n":{"$in":[{"$numberInt":"1"},{"$numberInt":"2"}]},"birthdate":{"$gte":{"$date":{"$numberLong":"946684800000"}}},"$expr":{"$gt":["$n",{"$numberInt":"1"}]}}',
    );
    expect(spec.projection).toBe('{"name":{"$numberInt":"1"},"_id":{"$numberInt":"0"}}');
  });

  it('reports the first error of each field separately, beside the field', () => {
    const errors = errorsFor({ sourceDb: '', batchSize: '0', filter: '{"$where": "1"}' });
    expect(Object.keys(errors).sort()).toEqual(['batchSize', 'filter', 'sourceDb']);
  });

  it('checks source against target even when another field is bad, so one submit reports both', () => {
    const errors = errorsFor({ targetCollection: 'customers', batchSize: '0' });
    expect(errors.batchSize).toEqual(['batch size must be at least 1']);
    expect(errors.targetCollection).toEqual(['source and target must be different collections']);
  });
});
