/**
 * Why: load Extended JSON lines (the format mongoimport reads and writes) into a collection without holding
 * the file in memory: lines are streamed, inserted 1,000 at a time, and every bad line or refused document is
 * reported by its line number.
 */
import { createReadStream, existsSync } from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { EJSON, type Document } from 'bson';
import { ANALYTICS_COLLECTIONS, ensureAnalyticsIndexes } from '../lib/analytics/mongo';
import { requestRollups } from '../lib/analytics/request-rollups';
import { env } from '../lib/env';
import { closeMongoClient, getMongoClient } from '../lib/mongo/client';
import { insertReportingErrors } from '../lib/sync/write-batch';
import { syncSpecSchema } from '../lib/validation/sync';

const USAGE = 'usage: npm run import -- --file <path> --db <database> --collection <name> [--batch-size N]';
const MAX_PROBLEMS_SHOWN = 50;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, db: { type: 'string' }, collection: { type: 'string' }, 'batch-size': { type: 'string' } },
  });
  const names = syncSpecSchema.shape.source.safeParse({ db: values.db, collection: values.collection });
  if (!values.file || !names.success) {
    console.error(names.success ? 'error: --file is required' : `error: ${names.error.issues.map((i) => i.message).join('; ')}`);
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(values.file)) return (console.error(`error: file not found: ${values.file}`), 2);
  const batchSize = Math.min(Math.max(Number(values['batch-size'] ?? 1000) || 1000, 1), 10_000);
  const target = (await getMongoClient()).db(names.data.db).collection(names.data.collection);
  const problems: string[] = [];
  let batch: { doc: Document; line: number }[] = [];
  let inserted = 0;
  let lineNumber = 0;
  const flush = async () => {
    const refused = await insertReportingErrors(
      target,
      batch.map((b) => b.doc),
    );
    for (const r of refused) problems.push(`line ${batch[r.index].line}: not inserted: ${r.message}`);
    inserted += batch.length - refused.length;
    batch = [];
  };
  for await (const text of readline.createInterface({ input: createReadStream(values.file), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (!text.trim()) continue;
    try {
      const doc = EJSON.parse(text, { relaxed: false });
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a JSON object');
      batch.push({ doc: doc as Document, line: lineNumber });
    } catch (error) {
      problems.push(`line ${lineNumber}: bad Extended JSON: ${(error as Error).message}`);
    }
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN)) console.error(problem);
  if (problems.length > MAX_PROBLEMS_SHOWN) console.error(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more problem line(s)`);
  console.log(`imported ${inserted} document(s) from ${values.file} into ${names.data.db}.${names.data.collection}; ${problems.length} line(s) with problems`);
  if (names.data.db === env.ANALYTICS_DB && (ANALYTICS_COLLECTIONS as readonly string[]).includes(names.data.collection)) {
    await ensureAnalyticsIndexes((await getMongoClient()).db(names.data.db));
    await requestRollups('import');
  }
  return problems.length ? 1 : 0;
}

main()
  .catch((error: unknown) => {
    console.error(`error: ${(error as Error).message ?? String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await closeMongoClient().catch(() => undefined);
    process.exit(code);
  });
