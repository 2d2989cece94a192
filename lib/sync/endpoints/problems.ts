/**
 * Why: the page, the API and the CLI refuse a spec that cannot run before it is queued, with the same messages:
 * an endpoint the deny list forbids, a missing source (collection or table), a secret column, a MongoDB target
 * database clashing in case with an existing one, a filter the MongoDB server cannot run. The worker checks again (open.ts): specs can bypass the producer.
 */
import type { MongoClient } from 'mongodb';
import type { Pool } from 'mysql2/promise';
import { serverProblem, type ServerProblem } from '../../mongo/filter-probe';
import { formatNamespace, type SyncSpec } from '../../validation/sync';
import { deniedColumns, deniedEndpoint } from '../deny-list';
import { readTable } from '../mysql/table-info';

export type ProblemStores = { mongo: () => Promise<MongoClient>; mysql: () => Pool };

export async function endpointProblem(spec: SyncSpec, stores: ProblemStores): Promise<ServerProblem | null> {
  const denied = deniedEndpoint(spec.source) ?? deniedEndpoint(spec.target);
  if (denied) return { field: deniedEndpoint(spec.source) ? 'sourceCollection' : 'targetCollection', message: denied };
  if (spec.source.engine === 'mysql') {
    const info = await readTable(stores.mysql(), spec.source.db, spec.source.collection);
    if (!info) return { field: 'sourceCollection', message: `${formatNamespace(spec.source)} does not exist on the MySQL server` };
    const secret = deniedColumns(
      spec.source,
      info.columns.map((c) => c.name),
    );
    if (secret) return { field: 'sourceCollection', message: secret };
  }
  if (spec.source.engine === 'mysql' && spec.target.engine === 'mysql') return null;
  return serverProblem(await stores.mongo(), spec);
}
