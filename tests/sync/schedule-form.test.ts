import { describe, expect, it } from 'vitest';
import { parseScheduleFields } from '@/lib/validation/schedule';

const spec = { sourceDb: 'analytics', sourceCollection: 'customers', targetDb: 'analytics', targetCollection: 'customers_copy' };

function errorsFor(fields: Record<string, string>): Record<string, string[] | undefined> {
  const result = parseScheduleFields({ ...spec, name: 'Nightly', kind: 'cron', cron: '0 2 * * *', ...fields });
  if (result.success) throw new Error(`expected errors for ${JSON.stringify(fields)}`);
  return result.fieldErrors;
}

describe('the schedule form parse', () => {
  it('reports a missing name, a bad interval and a bad batch size in one go', () => {
    const errors = errorsFor({ name: '', kind: 'every', everyMinutes: '0', batchSize: '0' });
    expect(Object.keys(errors).sort()).toEqual(['batchSize', 'everyMinutes', 'name']);
  });

  it('reports a missing name with an unknown timezone, and a missing name with a bad cron pattern', () => {
    expect(Object.keys(errorsFor({ name: '', timezone: 'Mars/Base' })).sort()).toEqual(['name', 'timezone']);
    expect(Object.keys(errorsFor({ name: '', cron: 'every day' })).sort()).toEqual(['cron', 'name']);
  });

  it('reports one message for an interval that is not a number', () => {
    expect(errorsFor({ kind: 'every', everyMinutes: 'soon' }).everyMinutes).toEqual(['interval must be a number of minutes']);
  });
});
