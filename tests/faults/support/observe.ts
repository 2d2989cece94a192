/**
 * Why: what fault tests look at while stores come and go: the CLI run as a real child process, and which processing (lock token) wrote which batch, from the lines
 * tests/support/worker-hooks.ts prints.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getSyncQueue } from '@/lib/queue';
import { until } from '../../support/until';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type CliRun = { code: Promise<number | null>; stdout: () => string; stderr: () => string };

/** The CLI's exit code, or an error showing what it and `context` printed when it has not exited in time. */
export function exitOf(cli: CliRun, timeoutMs: number, context: () => string = () => ''): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`CLI still running after ${timeoutMs} ms\nstderr:\n${cli.stderr()}\n${context()}`)), timeoutMs);
  });
  return Promise.race([cli.code, late]).finally(() => clearTimeout(timer));
}

export function startCli(script: string, args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { code: new Promise((resolve) => child.once('exit', resolve)), stdout: () => stdout, stderr: () => stderr };
}

export function lastJsonLine(output: string): Record<string, unknown> {
  return JSON.parse(output.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
}

/** The lock tokens that wrote batches of `jobId`, in the order the worker printed them. */
export function writersOf(output: string, jobId: string): string[] {
  return [...output.matchAll(/^test hook: job (\S+) token (\S+) wrote up to \d+$/gm)].filter((m) => m[1] === jobId).map((m) => m[2]);
}

/** True when, once a processing has written, no earlier processing writes again (one writer at a time). */
export function oneWriterAtATime(writers: string[]): boolean {
  const finished = new Set<string>();
  for (let i = 0; i < writers.length; i++) {
    if (finished.has(writers[i])) return false;
    if (i > 0 && writers[i] !== writers[i - 1]) finished.add(writers[i - 1]);
  }
  return true;
}

/** The id of the active job once its checkpoint has passed `copied` documents (the moment a fault test strikes). */
export async function activeJobPast(copied: number, output: () => string): Promise<string> {
  const job = await until(
    async () => {
      const [active] = await getSyncQueue().getJobs(['active']);
      return (active?.data.checkpoint?.copied ?? 0) >= copied ? active : undefined;
    },
    `${copied} documents copied`,
    { output },
  );
  return String(job.id);
}
