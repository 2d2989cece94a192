/**
 * Why: bcryptjs is pure JavaScript; hashing on the request thread starves every other request while a burst of
 * sign-ins runs. One worker thread per spare core does the hashing; the event loop only waits on a message.
 * On Linux the hashing threads also lower their own CPU priority (nice 19), so pages win a contended core.
 * The worker is created from source text (eval) so the Next bundler has no worker file to trace.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

type Task = { op: 'hash'; input: string; cost: number } | { op: 'compare'; input: string; hash: string };
type Pending = { resolve: (value: string | boolean) => void; reject: (error: Error) => void };

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const bcrypt = require('node:module').createRequire(process.cwd() + '/')('bcryptjs');
try {
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(threadId, 19);
} catch {
  // not Linux, or not allowed: hashing keeps the default priority
}
parentPort.on('message', ({ id, task }) => {
  try {
    const result = task.op === 'hash' ? bcrypt.hashSync(task.input, task.cost) : bcrypt.compareSync(task.input, task.hash);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});`;

class HashPool {
  private workers: Worker[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private load = new Map<Worker, number>();

  constructor(private readonly size: number) {}

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', ({ id, result, error }: { id: number; result?: string | boolean; error?: string }) => {
      const job = this.pending.get(id);
      this.pending.delete(id);
      const load = (this.load.get(worker) ?? 1) - 1;
      this.load.set(worker, load);
      if (load === 0) worker.unref();
      if (!job) return;
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result!);
    });
    worker.on('error', (error) => {
      this.workers = this.workers.filter((w) => w !== worker);
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    });
    this.workers.push(worker);
    this.load.set(worker, 0);
    worker.unref();
    return worker;
  }

  private pick(): Worker {
    if (this.workers.length < this.size) return this.spawn();
    return this.workers.reduce((a, b) => ((this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b));
  }

  run(task: Task): Promise<string | boolean> {
    const worker = this.pick();
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, task });
    });
  }
}

const globalForPool = globalThis as unknown as { hashPool?: HashPool };
const pool = (globalForPool.hashPool ??= new HashPool(Math.max(1, os.availableParallelism() - 1)));

export async function bcryptHash(input: string, cost: number): Promise<string> {
  return (await pool.run({ op: 'hash', input, cost })) as string;
}

const stats = { comparisons: 0 };

/** How many bcrypt comparisons this process ran (lets tests prove the unknown-user path does real work). */
export function hashStats(): Readonly<typeof stats> {
  return { ...stats };
}

export async function bcryptCompare(input: string, hash: string): Promise<boolean> {
  stats.comparisons++;
  return (await pool.run({ op: 'compare', input, hash })) as boolean;
}
