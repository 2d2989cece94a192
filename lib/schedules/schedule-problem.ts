import { findScheduleByName } from '../db/queries/sync-schedules';
import { getMongoClient } from '../mongo/client';
import { endpointProblem } from '../sync/endpoints/problems';
import { getSyncMysqlPool } from '../sync/mysql/pool';
import type { ScheduleFieldErrors, ScheduleInput } from '../validation/schedule';

export type ScheduleOutcome = { ok: true; id: number; queueUnavailable: boolean } | { ok: false; fieldErrors: ScheduleFieldErrors };

/** Everything that keeps a parsed form from being saved (a name another schedule holds, an endpoint that cannot be used), at once. */
export async function scheduleProblem(id: number | null, input: ScheduleInput): Promise<ScheduleFieldErrors | null> {
  const errors: ScheduleFieldErrors = {};
  const clash = await findScheduleByName(input.name);
  if (clash && clash.id !== id) errors.name = [`a schedule named "${input.name}" already exists`];
  const problem = await endpointProblem(input.spec, { mongo: getMongoClient, mysql: getSyncMysqlPool });
  if (problem) errors[problem.field] = [problem.message];
  return Object.keys(errors).length ? errors : null;
}
