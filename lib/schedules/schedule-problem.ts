import { findScheduleByName } from '../db/queries/sync-schedules';
import { getMongoClient } from '../mongo/client';
import { endpointProblem } from '../sync/endpoints/problems';
import { getSyncMysqlPool } from '../sync/mysql/pool';
import type { ScheduleFieldErrors, ScheduleInput } from '../validation/schedule';

export type ScheduleOutcome = { ok: true; id: number; queueUnavailable: boolean } | { ok: false; fieldErrors: ScheduleFieldErrors };

/** What keeps a parsed form from being saved (a name another schedule holds, an endpoint that cannot be used). */
export async function scheduleProblem(id: number | null, input: ScheduleInput): Promise<ScheduleFieldErrors | null> {
  const clash = await findScheduleByName(input.name);
  if (clash && clash.id !== id) return { name: [`a schedule named "${input.name}" already exists`] };
  const problem = await endpointProblem(input.spec, { mongo: getMongoClient, mysql: getSyncMysqlPool });
  return problem ? { [problem.field]: [problem.message] } : null;
}
