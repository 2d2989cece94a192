/**
 * Why: what GET /api/metrics answers, built fresh on every scrape from the stores that hold the truth: queue depth
 * from BullMQ in Redis, runs, documents copied and run durations from the run history in MySQL, sign-ins and emails
 * from durable counters in MySQL. A store that does not answer leaves its metrics out and sets
 * `sync_portal_scrape_error{source}` to 1 instead of failing the whole scrape.
 */
import { Counter, Gauge, Registry } from 'prom-client';
import { readCounters } from '../db/queries/metric-counters';
import { RUN_DURATION_BUCKETS, runDurations, runsByState } from '../db/queries/run-metrics';
import { log } from '../log';
import { presetHistogram } from './preset-histogram';
import { JOB_STATES, queueStats } from './queue-stats';

const FINISHED_STATES = new Set(['completed', 'failed', 'cancelled', 'interrupted', 'skipped', 'lost']);

async function addQueueMetrics(registry: Registry): Promise<void> {
  const stats = await queueStats();
  const jobs = new Gauge({ name: 'bullmq_job_count', help: 'Jobs in the queue by state', labelNames: ['queue', 'state'], registers: [registry] });
  const oldest = new Gauge({
    name: 'sync_portal_queue_oldest_waiting_seconds',
    help: 'Age of the oldest waiting job (0 when none waits)',
    labelNames: ['queue'],
    registers: [registry],
  });
  const completed = new Counter({
    name: 'bullmq_job_completed_total',
    help: 'Jobs completed (BullMQ worker metrics)',
    labelNames: ['queue'],
    registers: [registry],
  });
  const failed = new Counter({ name: 'bullmq_job_failed_total', help: 'Jobs failed (BullMQ worker metrics)', labelNames: ['queue'], registers: [registry] });
  for (const s of stats) {
    for (const state of JOB_STATES) jobs.set({ queue: s.queue, state }, s.counts[state]);
    oldest.set({ queue: s.queue }, s.oldestWaitingSeconds);
    completed.inc({ queue: s.queue }, s.completedTotal);
    failed.inc({ queue: s.queue }, s.failedTotal);
  }
}

async function addRunMetrics(registry: Registry): Promise<void> {
  const [states, durations] = await Promise.all([runsByState(), runDurations()]);
  const runs = new Counter({
    name: 'sync_portal_runs_total',
    help: 'Finished sync runs (attempts) by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const open = new Gauge({ name: 'sync_portal_runs_open', help: 'Sync runs queued or running', labelNames: ['state'], registers: [registry] });
  const copied = new Counter({ name: 'sync_portal_documents_copied_total', help: 'Documents written by sync runs', registers: [registry] });
  for (const state of FINISHED_STATES) runs.inc({ outcome: state }, 0);
  for (const row of states) {
    if (FINISHED_STATES.has(row.state)) runs.inc({ outcome: row.state }, row.runs);
    else open.set({ state: row.state }, row.runs);
  }
  copied.inc(states.reduce((sum, row) => sum + row.copied, 0));
  registry.registerMetric(
    presetHistogram('sync_portal_run_duration_seconds', 'Duration of completed and failed sync runs', {
      buckets: RUN_DURATION_BUCKETS,
      cumulative: durations.buckets,
      count: durations.count,
      sum: durations.sum,
    }),
  );
}

async function addEventCounters(registry: Registry): Promise<void> {
  const rows = await readCounters();
  const signins = new Counter({ name: 'sync_portal_signins_total', help: 'Sign-in attempts by outcome', labelNames: ['outcome'], registers: [registry] });
  const emails = new Counter({ name: 'sync_portal_emails_total', help: 'Email send attempts by outcome', labelNames: ['outcome'], registers: [registry] });
  for (const row of rows) (row.name === 'signins' ? signins : emails).inc({ outcome: row.label }, row.value);
}

export async function appMetrics(): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const scrapeError = new Gauge({
    name: 'sync_portal_scrape_error',
    help: '1 when a source of these metrics did not answer',
    labelNames: ['source'],
    registers: [registry],
  });
  const sources = { queues: addQueueMetrics, runs: addRunMetrics, counters: addEventCounters };
  await Promise.all(
    Object.entries(sources).map(async ([source, add]) => {
      try {
        await add(registry);
        scrapeError.set({ source }, 0);
      } catch (error) {
        log.warn({ err: error, source }, 'metrics source did not answer');
        scrapeError.set({ source }, 1);
      }
    }),
  );
  return { contentType: registry.contentType, body: await registry.metrics() };
}
