/** Why: the worker and server write pino JSON lines; tests look for a line by its message and ids, not by wording around them. */
import { LOCK_LOST } from '@/worker/processings';
export type LogLine = { level: number; msg: string; jobId?: string; [key: string]: unknown };

export function logLines(output: string): LogLine[] {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
}

export function hasLogLine(output: string, msg: string, fields: Record<string, unknown> = {}): boolean {
  return logLines(output).some((line) => line.msg === msg && Object.entries(fields).every(([key, value]) => line[key] === value));
}

/** The worker's line when a processing finds another one took its job over. */
export const LOST_LINE = `this processing ${LOCK_LOST}; stopped at a batch boundary without finishing the job`;
