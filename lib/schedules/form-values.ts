/** Why: the edit form starts from the saved schedule expressed as the form's own flat fields. */
import type { SyncSchedule } from '../db/schema';
import type { SyncSpec } from '../validation/sync';

export function scheduleFormValues(schedule: SyncSchedule): Record<string, string> {
  const spec = schedule.spec as SyncSpec;
  return {
    name: schedule.name,
    kind: schedule.cron ? 'cron' : 'every',
    cron: schedule.cron ?? '',
    timezone: schedule.timezone,
    everyMinutes: schedule.everyMs ? String(schedule.everyMs / 60_000) : '',
    overlap: schedule.overlap,
    sourceDb: spec.source.db,
    sourceCollection: spec.source.collection,
    targetDb: spec.target.db,
    targetCollection: spec.target.collection,
    mode: spec.mode,
    watermarkField: spec.watermarkField,
    filter: spec.filter ?? '',
    projection: spec.projection ?? '',
    batchSize: String(spec.batchSize),
    verify: spec.verify,
  };
}
