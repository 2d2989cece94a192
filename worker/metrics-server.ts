/**
 * Why: a worker has no HTTP server, so a scraper cannot see its memory, event-loop lag or whether it is still
 * alive. With WORKER_METRICS_PORT set, each worker process serves prom-client's process metrics and a heartbeat
 * (the time its event loop last ran a tick of this timer) on 127.0.0.1:<port>/metrics — loopback only: a sidecar
 * or node agent scrapes it.
 */
import http from 'node:http';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { log } from '../lib/log';

const HEARTBEAT_MS = 5_000;

export function startWorkerMetrics(port: number): { close(): Promise<void> } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sync_portal_worker_' });
  const heartbeat = new Gauge({
    name: 'sync_portal_worker_heartbeat_timestamp_seconds',
    help: 'Unix time of the worker’s last heartbeat',
    registers: [registry],
  });
  const beat = () => heartbeat.set(Date.now() / 1000);
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();

  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: GET /metrics\n');
      return;
    }
    registry.metrics().then(
      (body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body),
      (error: unknown) => {
        log.error({ err: error }, 'worker metrics failed');
        response.writeHead(500).end();
      },
    );
  });
  server.on('error', (error) => log.error({ err: error, port }, 'worker metrics server failed'));
  server.listen(port, '127.0.0.1', () => log.info({ port }, 'worker metrics on 127.0.0.1'));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        server.close(() => resolve());
      }),
  };
}
