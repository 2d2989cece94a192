/**
 * Why: the sync speed and memory goals are checked side by side in one run on one server, never by timed tests.
 * (a) the original one-insertOne-per-document loop, (b) a raw pipelined driver copy (cursor batches -> unordered
 * bulk insert, one batch read ahead, nothing else), (c) the real worker process end to end (enqueue -> completed,
 * checkpoints on, verify off) and (d) the same with verify hash. Mongo commands are counted with driver command
 * monitoring (the worker reports its own count and peak RSS in the job result). Then both cross-engine directions
 * beside a plain driver copy (cross.ts; `--cross-only` runs just those). The last line is JSON.
 */
import { parseArgs } from 'node:util';
import { ObjectId, type Document } from 'bson';
import { EXACT_READ } from '../../lib/sync/bson-values';
import type { Collection, FindOptions, MongoClient } from 'mongodb';

process.env.QUEUE_PREFIX = `bench-sync-${process.pid}`;
const { values } = parseArgs({
  options: { n: { type: 'string', default: '10000' }, 'loop-sample': { type: 'string', default: '1500' }, 'cross-only': { type: 'boolean', default: false } },
});
const N = Number(values.n);
const LOOP_SAMPLE = Math.min(Number(values['loop-sample']), N);
const BATCH = 1000;
const DB = 'bench_sync';

const { env } = await import('../../lib/env');
const { createMongoClient } = await import('../../lib/mongo/client');
const { closeSyncQueue, enqueueSync, getSyncJobOrThrow, getSyncQueue, loadSyncJobView } = await import('../../lib/queue');
const { cursorBatches } = await import('../../lib/sync/batch-reader');
const { startWorker } = await import('../../tests/support/worker-process');
const { benchCross } = await import('./cross');
const { createSyncMysqlPool } = await import('../../lib/sync/mysql/pool');
const mysqlPool = createSyncMysqlPool(env.MYSQL_SYNC_URL ?? env.DATABASE_URL);
const MYSQL_SCHEMA = 'bench_sync';

function benchDocument(i: number): Document {
  return {
    _id: ObjectId.createFromTime(1_600_000_000 + i),
    username: `user${i}`,
    name: `Customer ${i}`,
    email: `user${i}@bench.test`,
    address: `${i} Bench Street\nTestville`,
    birthdate: new Date(Date.UTC(1960, 0, 1) + i * 86_400_000),
    active: i % 3 !== 0,
    accounts: [100_000 + i, 200_000 + i],
    tier_and_details: { [`t${i % 7}`]: { tier: 'Gold', benefits: ['concierge services'], active: true } },
  };
}

async function seed(source: Collection<Document>, count: number): Promise<void> {
  await source.drop().catch(() => undefined);
  for (let i = 0; i < count; i += 10_000) {
    await source.insertMany(
      Array.from({ length: Math.min(10_000, count - i) }, (_, k) => benchDocument(i + k)),
      { ordered: false },
    );
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function loopCopy(mongo: MongoClient, source: Collection<Document>): Promise<number> {
  const target = mongo.db(DB).collection('loop_target');
  await target.drop().catch(() => undefined);
  const seconds = await timed(async () => {
    for await (const doc of source.find({}).sort({ _id: 1 }).limit(LOOP_SAMPLE)) await target.insertOne(doc);
  });
  return LOOP_SAMPLE / seconds;
}

async function rawCopy(
  mongo: MongoClient,
  source: Collection<Document>,
  write: (target: Collection<Document>, docs: Document[]) => Promise<unknown>,
  limit = 0,
  findOptions: FindOptions = {},
): Promise<{ docsPerSec: number; commands: number }> {
  const target = mongo.db(DB).collection('raw_target');
  await target.drop().catch(() => undefined);
  const commandsBefore = commands;
  let copied = 0;
  const seconds = await timed(async () => {
    const batches = cursorBatches(source.find({}, findOptions).sort({ _id: 1 }).limit(limit).batchSize(BATCH), BATCH);
    for (let batch = await batches.next(); batch.length; batch = await batches.next()) {
      await write(target, batch);
      copied += batch.length;
    }
    await batches.close();
  });
  return { docsPerSec: copied / seconds, commands: commands - commandsBefore };
}

let commands = 0;
const mongo = await createMongoClient({ monitorCommands: true }).connect();
mongo.on('commandStarted', () => (commands += 1));
const db = mongo.db(DB);

type WorkerRun = { docsPerSec: number; commandsPer1000: number; maxRssMb: number; hashMatch: boolean | null };

async function workerCopy(collection: string, count: number, verify: 'none' | 'hash', target = `worker_target_${verify}`): Promise<WorkerRun> {
  await db
    .collection(target)
    .drop()
    .catch(() => undefined);
  let jobId = '';
  const seconds = await timed(async () => {
    jobId = await enqueueSync(
      { source: { db: DB, collection }, target: { db: DB, collection: target }, batchSize: BATCH, verify },
      { userId: 0, username: 'bench' },
    );
    for (;;) {
      const view = await loadSyncJobView(await getSyncJobOrThrow(jobId), { withLogs: false });
      if (view.state === 'completed') break;
      if (view.state === 'failed') throw new Error(`bench job failed: ${view.failedReason}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  const result = (await getSyncJobOrThrow(jobId)).returnvalue;
  return {
    docsPerSec: count / seconds,
    commandsPer1000: (result.mongoCommands / count) * 1000,
    maxRssMb: result.maxRssMb,
    hashMatch: result.verification?.hashMatch ?? null,
  };
}

/** A fresh worker process, warmed by one unmeasured copy of N (as the raw copy runs on a warmed driver and JIT). */
async function withWorker<T>(fn: () => Promise<T>): Promise<T> {
  // Only the sync is measured: no figures job (its scheduler fires when first created) competes for the server.
  const worker = await startWorker({ WORKER_CONCURRENCY: '1', ROLLUPS_EVERY_MINUTES: '0' });
  try {
    await workerCopy('source_n', N, 'none', 'worker_warmup');
    return await fn();
  } finally {
    await worker.stop();
  }
}

const row = (name: string, docsPerSec: number, note: string) =>
  console.log(`${name.padEnd(46)} ${Math.round(docsPerSec).toString().padStart(8)} docs/s  ${note}`);

/** Both cross directions beside a plain batched driver copy of the same N documents (cross.ts). */
async function crossFigures() {
  const cross = await benchCross({ db, pool: mysqlPool, schema: MYSQL_SCHEMA, source: 'source_n', count: N, batch: BATCH });
  console.log(`\ncross-engine copies (in process, verify none) — N = ${N}, batch ${BATCH}`);
  for (const [name, rate] of cross.rows) row(name, rate, '');
  return { mongo_to_mysql_vs_raw: cross.mongo_to_mysql_vs_raw, mysql_to_mongo_vs_raw: cross.mysql_to_mongo_vs_raw };
}

try {
  await db.dropDatabase();
  if (values['cross-only']) {
    console.log(`seeding ${DB}.source_n (${N}) …`);
    await seed(db.collection('source_n'), N);
    console.log(JSON.stringify(await crossFigures()));
  } else await fullBench();
} finally {
  await db.dropDatabase().catch(() => undefined);
  await mysqlPool.query(`DROP DATABASE IF EXISTS \`${MYSQL_SCHEMA}\``).catch(() => undefined);
  await mysqlPool.end();
  await getSyncQueue()
    .obliterate({ force: true })
    .catch(() => undefined);
  await closeSyncQueue();
  await mongo.close();
}

async function fullBench() {
  console.log(`seeding ${DB}.source_n (${N}) and ${DB}.source_10n (${10 * N}) …`);
  await seed(db.collection('source_n'), N);
  await seed(db.collection('source_10n'), 10 * N);
  const source = db.collection('source_n');
  // One unmeasured read of each source: PostgreSQL's first scan after a bulk load also writes hint bits and races
  // autovacuum, which would slow whichever copy happened to run first and skew the side-by-side ratios.
  for (const name of ['source_n', 'source_10n']) for await (const _doc of db.collection(name).find({}).batchSize(BATCH)) void _doc;

  const loop = await loopCopy(mongo, source);
  const { docsPerSec: raw, commands: rawCommands } = await rawCopy(mongo, source, (target, docs) => target.insertMany(docs, { ordered: false }));
  const rawCommandsPer1000 = (rawCommands / N) * 1000;
  // Like-for-like context: the worker must read with exact BSON types (a double 1.0 stays a double), which costs CPU.
  const { docsPerSec: rawExact } = await rawCopy(mongo, source, (target, docs) => target.insertMany(docs, { ordered: false }), 0, EXACT_READ);
  // The ceiling for any copy: how fast the server can hand out the source, with nothing written.
  const readSeconds = await timed(async () => {
    for await (const _doc of source.find({}, EXACT_READ).sort({ _id: 1 }).batchSize(BATCH)) void _doc;
  });
  const readOnly = N / readSeconds;
  const upsertSample = Math.min(N, 1000);
  const { docsPerSec: rawUpsert } = await rawCopy(
    mongo,
    source,
    (target, docs) =>
      target.bulkWrite(
        docs.map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d, upsert: true } })),
        { ordered: false },
      ),
    upsertSample,
  );
  const [workerN, workerHash] = await withWorker(async () => [await workerCopy('source_n', N, 'none'), await workerCopy('source_n', N, 'hash')]);
  const worker10N = await withWorker(() => workerCopy('source_10n', 10 * N, 'none'));

  console.log(`\nsync benchmark on ${env.MONGODB_URI} — N = ${N}, batch ${BATCH}`);
  row('(a) loop, one insertOne per document', loop, `(first ${LOOP_SAMPLE} docs)`);
  row('(b) raw pipelined copy (cursor -> bulk insert)', raw, `${rawCommandsPer1000.toFixed(2)} commands / 1,000 docs`);
  row('    note: raw copy reading exact BSON types', rawExact, `(as the worker must; worker N / this = ${(workerN.docsPerSec / rawExact).toFixed(2)})`);
  row(
    '    note: reading the source only, no writes',
    readOnly,
    `(ceiling for any copy; ${(readOnly / loop).toFixed(1)}x the loop; worker N / this = ${(workerN.docsPerSec / readOnly).toFixed(2)})`,
  );
  row('    note: raw replaceOne-upsert bulkWrite', rawUpsert, `(first ${upsertSample} docs; FerretDB v1 scans the table for every _id lookup)`);
  row(
    '(c) worker end to end, verify none, N',
    workerN.docsPerSec,
    `${workerN.commandsPer1000.toFixed(2)} commands / 1,000 docs, peak RSS ${workerN.maxRssMb} MB`,
  );
  row(
    '(c) worker end to end, verify none, 10N',
    worker10N.docsPerSec,
    `${worker10N.commandsPer1000.toFixed(2)} commands / 1,000 docs, peak RSS ${worker10N.maxRssMb} MB`,
  );
  row('(d) worker end to end, verify hash, N', workerHash.docsPerSec, `hash match: ${workerHash.hashMatch}`);
  const cross = await crossFigures();
  console.log(
    JSON.stringify({
      ...cross,
      worker_vs_raw: Number((workerN.docsPerSec / raw).toFixed(3)),
      /** The worker against the server's read ceiling (reading the source with nothing written); goal ≥ 0.75. */
      worker_vs_ceiling: Number((workerN.docsPerSec / readOnly).toFixed(3)),
      worker_vs_loop: Number((workerN.docsPerSec / loop).toFixed(1)),
      commands_per_1000: Number(worker10N.commandsPer1000.toFixed(3)),
      rss_growth_mb: worker10N.maxRssMb - workerN.maxRssMb,
    }),
  );
}
