/**
 * Why: queue (and optionally watch) a sync from a terminal through the same producer and SyncSpec schema as the
 * admin page. With --json the last stdout line is one JSON object for scripts and CI; the exit code is 0 only
 * when the job completed and any requested verification matched.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { isServiceUnavailable } from '../lib/errors';
import { closeMongoClient } from '../lib/mongo/client';
import { pool } from '../lib/db';
import { closeSyncQueue, getSyncJobOr404, isSyncJobError, loadSyncJobView, type SyncJobView } from '../lib/queue';
import { queueSync } from '../lib/sync-ui/queue-sync';
import { SYNC_MODES, VERIFY_MODES } from '../lib/validation/sync';

const USAGE = `usage: npm run sync -- --source <db.collection> --target <db.collection> [--mode ${SYNC_MODES.join('|')}]
       [--filter '<EJSON>'] [--projection '<EJSON>'] [--batch-size N] [--verify ${VERIFY_MODES.join('|')}]
       [--watermark-field <field>] [--wait] [--json]`;

const FINISHED = new Set(['completed', 'failed', 'cancelled']);

function splitNamespace(value: string | undefined): [string, string] {
  const dot = value?.indexOf('.') ?? -1;
  return value && dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value ?? '', ''];
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
  };
}

async function waitForFinish(jobId: string, quiet: boolean): Promise<SyncJobView> {
  const bar = new SingleBar({ stream: process.stderr, format: 'sync [{bar}] {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_s}s | {state}' }, Presets.shades_classic);
  if (!quiet || process.stderr.isTTY) bar.start(1, 0, { rate: 0, state: 'waiting' });
  for (;;) {
    const view = await loadSyncJobView(await getSyncJobOr404(jobId), { withLogs: false });
    const p = view.progress;
    bar.setTotal(Math.max(p?.total ?? 1, 1));
    bar.update(p?.copied ?? 0, { rate: p?.docsPerSec ?? 0, state: view.state });
    if (FINISHED.has(view.state)) {
      bar.stop();
      return view;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' }, target: { type: 'string' }, mode: { type: 'string' }, filter: { type: 'string' },
      projection: { type: 'string' }, 'batch-size': { type: 'string' }, verify: { type: 'string' },
      'watermark-field': { type: 'string' }, wait: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE), 0;
  const [sourceDb, sourceCollection] = splitNamespace(values.source);
  const [targetDb, targetCollection] = splitNamespace(values.target);
  const fields = {
    sourceDb, sourceCollection, targetDb, targetCollection, mode: values.mode, filter: values.filter,
    projection: values.projection, batchSize: values['batch-size'], verify: values.verify, watermarkField: values['watermark-field'],
  };
  const outcome = await queueSync(fields, { userId: null, username: `cli:${os.userInfo().username}` }, null, 'cli').catch((error: unknown) => {
    if (isServiceUnavailable(error) && /^Mongo/.test((error as Error).name ?? '')) throw new Error('MongoDB is not reachable; start it with npm run services (or set MONGODB_URI)');
    throw error;
  });
  if (!outcome.ok) {
    if (outcome.missingSource) console.error(`error: source: ${outcome.missingSource}`);
    else for (const [field, messages] of Object.entries(outcome.fieldErrors)) console.error(`error: ${field}: ${messages?.join('; ')}`);
    if (!outcome.missingSource) console.error(USAGE);
    return 2;
  }
  const jobId = outcome.id;
  if (!values.json) console.log(`queued sync job ${jobId}${values.wait ? '; waiting for a worker (npm run worker)…' : ''}`);
  if (!values.wait) {
    if (values.json) console.log(JSON.stringify(summary(null, jobId)));
    return 0;
  }
  const view = await waitForFinish(jobId, values.json);
  const verification = view.result?.verification;
  const ok = view.state === 'completed' && (!verification || verification.match);
  if (!values.json) {
    console.log(`job ${jobId} ${view.state}: ${view.result?.copied ?? 0} copied, ${view.result?.deleted ?? 0} deleted${view.failedReason ? ` — ${view.failedReason}` : ''}`);
    if (verification) console.log(`verification (${verification.mode}): source ${verification.sourceCount}, target ${verification.targetCount}, ${verification.match ? 'match' : 'MISMATCH'}`);
    if (view.result?.duplicates) console.log(`warning: ${view.result.duplicates} duplicate _id(s) were not inserted`);
  }
  if (values.json) console.log(JSON.stringify(summary(view, jobId)));
  return ok ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    const message = isSyncJobError(error) ? error.message : (error as Error).message ?? String(error);
    console.error(`error: ${message}`);
    return 1;
  })
  .then(async (code) => {
    await Promise.all([closeSyncQueue().catch(() => undefined), closeMongoClient().catch(() => undefined), pool.end().catch(() => undefined)]);
    process.exit(code);
  });
