/**
 * Why: tests and benchmarks run the worker as the real child process it is in production, so crashes, signals
 * and memory are real. Node runs it directly with tsx as a loader: a wrapper process (npx, .bin/tsx) would take
 * the SIGKILL and leave the worker running. The test hooks are loaded beside it (`--import`), never built in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORKER_ARGS = ['--import', 'tsx', '--import', './tests/support/worker-hooks.ts', 'worker/index.ts'];

export type WorkerProcess = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  kill(): Promise<void>;
  stop(): Promise<number | null>;
};

export const FAST_RECOVERY = { WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000', WORKER_CONCURRENCY: '1' };

/** `args` defaults to the TypeScript worker with the test hooks; the compiled worker's test passes its bundle. */
export async function startWorker(overrides: Record<string, string> = {}, args: string[] = WORKER_ARGS): Promise<WorkerProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...FAST_RECOVERY, ...overrides }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    child,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
