/**
 * Why: one place turns a spec's two namespaces into endpoints, checking on the way what must hold before any
 * write: the deny list, that the source exists, and what the MongoDB target can store (FerretDB v1 has no
 * Decimal128, so MySQL DECIMALs travel to it as their exact text — said in the run's log).
 */
import type { Document, MongoClient } from 'mongodb';
import type { Pool } from 'mysql2/promise';
import { collectionExists } from '../../mongo/catalog';
import { formatNamespace, specFilter, specProjection, type Namespace, type SyncSpec } from '../../validation/sync';
import { EXACT_READ } from '../bson-values';
import { deniedEndpoint } from '../deny-list';
import { SyncConfigError } from '../errors';
import { SAMPLE_SIZE } from '../mapping/mongo-to-mysql';
import { columnMapOfTable } from '../mapping/table-map';
import type { DecimalTarget } from '../mapping/mysql-to-mongo';
import { readTable } from '../mysql/table-info';
import { mongoSource } from './mongo-source';
import { projectionKeeps } from '../indexes/mongo-apply';
import { mongoTarget } from './mongo-target';
import { mysqlSource } from './mysql-source';
import { mysqlTarget } from './mysql-target';
import type { SyncSource, SyncTarget } from './types';

export type Stores = { mongo: MongoClient; mysql: () => Pool; onLog?: (line: string) => unknown };

export async function openEndpoints(spec: SyncSpec, stores: Stores): Promise<{ source: SyncSource; target: SyncTarget }> {
  for (const ns of [spec.source, spec.target]) {
    const denied = deniedEndpoint(ns);
    if (denied) throw new SyncConfigError(denied);
  }
  const source = await openSource(spec, stores);
  return { source, target: await openTarget(spec, stores) };
}

async function openSource(spec: SyncSpec, stores: Stores): Promise<SyncSource> {
  const ns = spec.source;
  if (ns.engine === 'mongodb') {
    if (!(await collectionExists(stores.mongo, ns))) throw new SyncConfigError(`source collection ${formatNamespace(ns)} does not exist`);
    return mongoSource(stores.mongo.db(ns.db).collection(ns.collection), spec);
  }
  const decimals: DecimalTarget = spec.target.engine === 'mongodb' && (await isFerretDb(stores.mongo)) ? 'string' : 'decimal128';
  if (decimals === 'string') await stores.onLog?.('the MongoDB target cannot store Decimal128 (FerretDB v1): DECIMAL values are copied as their exact text');
  return mysqlSource(stores.mysql(), ns, spec, decimals);
}

async function openTarget(spec: SyncSpec, stores: Stores): Promise<SyncTarget> {
  const ns = spec.target;
  if (ns.engine === 'mongodb') {
    const listsSparse = !(await isFerretDb(stores.mongo));
    return mongoTarget(stores.mongo.db(ns.db), ns.collection, { listsSparse, unavailable: projectionKeeps(specProjection(spec)) });
  }
  const sample = async (): Promise<Document[]> => (spec.source.engine === 'mongodb' ? sampleCollection(stores.mongo, spec) : []);
  const fromSourceTable = spec.source.engine === 'mysql' && !spec.columns ? await sourceTableMap(stores.mysql(), spec.source) : undefined;
  return mysqlTarget(stores.mysql(), ns, fromSourceTable ? { ...spec, columns: fromSourceTable } : spec, { sample, onLog: stores.onLog });
}

/** Documents to infer a column map from: the first of the selection in natural order (cheap on FerretDB, unlike a sort). */
export function sampleCollection(mongo: MongoClient, spec: SyncSpec): Promise<Document[]> {
  const projection = specProjection(spec);
  return mongo
    .db(spec.source.db)
    .collection(spec.source.collection)
    .find(specFilter(spec), { ...EXACT_READ, ...(projection ? { projection } : {}) })
    .limit(SAMPLE_SIZE)
    .toArray();
}

async function sourceTableMap(pool: Pool, ns: Namespace) {
  const info = await readTable(pool, ns.db, ns.collection);
  return info ? columnMapOfTable(info) : undefined;
}

const ferretDb = new WeakMap<MongoClient, Promise<boolean>>();

/** FerretDB v1 announces itself in buildInfo; it closes the connection on a Decimal128 write and does not list `sparse` back. */
function isFerretDb(mongo: MongoClient): Promise<boolean> {
  let known = ferretDb.get(mongo);
  if (!known) {
    known = mongo
      .db('admin')
      .command({ buildInfo: 1 })
      .then((info) => 'ferretdbVersion' in info);
    ferretDb.set(mongo, known);
  }
  return known;
}
