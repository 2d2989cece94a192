/**
 * Why: the admin form's "Propose column map" infers a MongoDB → MySQL map on the server from a sample of the
 * source selection, with the same checks and the same inference the worker would use (lib/sync/mapping), so the
 * map the admin edits is the one the job writes through.
 */
import { getMongoClient } from '../mongo/client';
import { sampleCollection } from '../sync/endpoints/open';
import { endpointProblem } from '../sync/endpoints/problems';
import { inferColumnMap } from '../sync/mapping/mongo-to-mysql';
import { getSyncMysqlPool } from '../sync/mysql/pool';
import type { ColumnSpec } from '../validation/column-map';
import type { SyncFieldErrors, SyncSpec } from '../validation/sync';

export type ProposedMap = { ok: true; columns: ColumnSpec[]; sampled: number } | { ok: false; fieldErrors: SyncFieldErrors };

export async function proposeColumnMap(spec: SyncSpec): Promise<ProposedMap> {
  if (spec.source.engine !== 'mongodb' || spec.target.engine !== 'mysql')
    return { ok: false, fieldErrors: { columns: ['a column map is proposed for a MongoDB source and a MySQL target (target database "mysql:schema")'] } };
  const problem = await endpointProblem(spec, { mongo: getMongoClient, mysql: getSyncMysqlPool });
  if (problem) return { ok: false, fieldErrors: { [problem.field]: [problem.message] } };
  const sample = await sampleCollection(await getMongoClient(), spec);
  if (!sample.length) return { ok: false, fieldErrors: { columns: ['the source selection is empty: there is nothing to infer a column map from'] } };
  return { ok: true, columns: inferColumnMap(sample), sampled: sample.length };
}
