/**
 * Why: queue (and optionally watch) a sync from a terminal through the same producer and SyncSpec schema as the
 * admin page. With --json the last stdout line is always one JSON object for scripts and CI (with an `error`
 * field when something went wrong); the exit code is 0 only when the job completed and any requested
 * verification matched.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { pool } from '../lib/db';
import { closeMongoClient } from '../lib/mongo/client';
import { isAppError, isServiceUnavailable } from '../lib/errors';
import { closeSyncQueue, type SyncJobView } from '../lib/queue';
import { queueSync } from '../lib/sync-jobs/queue-sync';
import { reportLines } from '../lib/sync/indexes/types';
import { closeSyncMysqlPool } from '../lib/sync/mysql/pool';
import { parseSyncSpecFields, splitEndpoint, SYNC_MODES, VERIFY_MODES } from '../lib/validation/sync';
import { waitForFinish } from './sync-wait';

const USAGE = `usage: npm run sync -- --source <endpoint> --target <endpoint> [--mode ${SYNC_MODES.join('|')}]
       [--filter '<EJSON>'] [--projection '<EJSON>'] [--batch-size N] [--verify ${VERIFY_MODES.join('|')}]
       [--watermark-field <field>] [--columns '<JSON column map>'] [--wait] [--json]
endpoint: mongodb:db.collection, mysql:schema.table, or db.collection (MongoDB)`;

function splitNamespace(value: string | undefined): [string, string] {
  const { db, collection } = splitEndpoint(value ?? '');
  return [db, collection];
}

function summary(view: SyncJobView | null, jobId: string) {
  const v = view?.result?.verification;
  return {
    jobId,
    state: view?.state ?? 'waiting',
    copied: view?.result?.copied ?? view?.checkpoint?.copied ?? 0,
    deleted: view?.result?.deleted ?? view?.checkpoint?.deleted ?? 0,
    durationMs: view?.result?.durationMs ?? null,
    verification: v ? { sourceCount: v.sourceCount, targetCount: v.targetCount, hashMatch: v.hashMatch } : null,
    indexes: view?.result?.indexes ?? view?.checkpoint?.indexes ?? null,
    ...(view && view.state !== 'completed' ? { error: view.failedReason ?? `the job is ${view.state}` } : {}),
    ...(v && !v.match ? { error: 'verification found differences between source and target' } : {}),
  };
}

/** The progress bar on stderr, and a line whenever the queue goes away or comes back. */
function watch(jobId: string, quiet: boolean) {
  const bar = new SingleBar({ stream: process.stderr, format: 'sync [{bar}] {done} | {rate} docs/s | ETA {eta_text} | {state}' }, Presets.shades_classic);
  const shown = !quiet || process.stderr.isTTY;
  if (shown) bar.start(1, 0, { rate: 0, state: 'waiting', done: '0 docs', eta_text: '—' });
  return waitForFinish(jobId, {
    update(view) {
      const p = view.progress;
      const copied = p?.copied ?? 0;
      const total = p?.total ?? null;
      // While the server keeps no size for the source, the bar stays empty and the count says so.
      bar.setTotal(total === null ? Number.MAX_SAFE_INTEGER : Math.max(total, 1));
      bar.update(copied, {
        rate: p?.docsPerSec ?? 0,
        state: view.state,
        done: total === null ? `${copied} docs (total not known yet)` : `${Math.floor(p?.percent ?? 0)}% | ${copied}/${total} docs`,
        eta_text: p?.etaSeconds == null ? '—' : `${p.etaSeconds}s`,
      });
    },
    waiting(message) {
      if (shown) bar.update({ state: 'waiting for Redis' });
      process.stderr.write(`\n${message}\n`);
    },
  }).finally(() => bar.stop());
}

const OPTIONS = {
  source: { type: 'string' },
  target: { type: 'string' },
  mode: { type: 'string' },
  filter: { type: 'string' },
  projection: { type: 'string' },
  'batch-size': { type: 'string' },
  verify: { type: 'string' },
  'watermark-field': { type: 'string' },
  columns: { type: 'string' },
  wait: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

type Values = Partial<ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']>;

function parseOptions(): { values: Values; problem: string | null } {
  try {
    return { values: parseArgs({ options: OPTIONS }).values, problem: null };
  } catch (error) {
    return { values: { json: process.argv.includes('--json') }, problem: (error as Error).message };
  }
}

const { values, problem } = parseOptions();
let queuedJobId: string | null = null;

/** With --json, the error as the last stdout line (scripts read only that line). */
function jsonError(message: string): void {
  if (values.json) console.log(JSON.stringify({ ...(queuedJobId ? { jobId: queuedJobId } : {}), error: message }));
}

function fail(message: string, code: number): number {
  console.error(`error: ${message}`);
  jsonError(message);
  return code;
}

async function main(): Promise<number> {
  if (problem) return (console.error(USAGE), fail(problem, 2));
  if (values.help) return (console.log(USAGE), 0);
  const [sourceDb, sourceCollection] = splitNamespace(values.source);
  const [targetDb, targetCollection] = splitNamespace(values.target);
  const fields = {
    sourceDb,
    sourceCollection,
    targetDb,
    targetCollection,
    mode: values.mode,
    filter: values.filter,
    projection: values.projection,
    batchSize: values['batch-size'],
    verify: values.verify,
    watermarkField: values['watermark-field'],
    columns: values.columns,
  };
  const parsed = parseSyncSpecFields(fields);
  const outcome = !parsed.success
    ? { ok: false as const, fieldErrors: parsed.fieldErrors, catalogMessage: undefined }
    : await queueSync(parsed.data, { id: null, username: `cli:${os.userInfo().username}`, ip: null }, 'cli').catch((error: unknown) => {
        if (isServiceUnavailable(error) && /^Mongo/.test((error as Error).name ?? ''))
          throw new Error('MongoDB is not reachable; start it with npm run services (or set MONGODB_URI)');
        throw error;
      });
  if (!outcome.ok) {
    if (outcome.catalogMessage) {
      const field = outcome.fieldErrors.sourceCollection ? 'source' : 'target';
      return fail(`${field}: ${outcome.catalogMessage}`, 2);
    }
    const problems = Object.entries(outcome.fieldErrors).map(([field, messages]) => `${field}: ${messages?.join('; ')}`);
    for (const line of problems) console.error(`error: ${line}`);
    console.error(USAGE);
    jsonError(problems.join('; '));
    return 2;
  }
  const jobId = outcome.id;
  queuedJobId = jobId;
  if (!values.json) console.log(`queued sync job ${jobId}${values.wait ? '; waiting for a worker (npm run worker)…' : ''}`);
  if (!values.wait) {
    if (values.json) console.log(JSON.stringify(summary(null, jobId)));
    return 0;
  }
  const view = await watch(jobId, Boolean(values.json));
  const verification = view.result?.verification;
  const ok = view.state === 'completed' && (!verification || verification.match);
  if (!values.json) {
    console.log(
      `job ${jobId} ${view.state}: ${view.result?.copied ?? 0} copied, ${view.result?.deleted ?? 0} deleted${view.failedReason ? ` — ${view.failedReason}` : ''}`,
    );
    if (verification)
      console.log(
        `verification (${verification.mode}): source ${verification.sourceCount}, target ${verification.targetCount}, ${verification.match ? 'match' : 'MISMATCH'}`,
      );
    if (view.result?.duplicates) console.log(`warning: ${view.result.duplicates} duplicate _id(s) were not inserted`);
    if (view.result?.indexes) for (const line of reportLines(view.result.indexes)) console.log(line);
  }
  if (values.json) console.log(JSON.stringify(summary(view, jobId)));
  return ok ? 0 : 1;
}

main()
  .catch((error: unknown) => fail(isAppError(error) ? error.message : ((error as Error).message ?? String(error)), 1))
  .then(async (code) => {
    await Promise.all([
      closeSyncQueue().catch(() => undefined),
      closeMongoClient().catch(() => undefined),
      closeSyncMysqlPool().catch(() => undefined),
      pool.end().catch(() => undefined),
    ]);
    process.exit(code);
  });
