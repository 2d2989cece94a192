/** Why: the worker and server write pino JSON lines; tests look for a line by its message and ids, not by wording around them. */
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
