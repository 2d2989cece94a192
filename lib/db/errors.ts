/**
 * Why: MySQL errors are told apart by the driver's code, which Drizzle keeps as `cause` of its "Failed query" error.
 * The worker and a page may write the same job's run rows at the same moment (a Retry's "queued" row while the
 * attempt opens its own), and InnoDB's next-key locks can make one of the two statements a deadlock victim. Such a
 * statement did nothing and may simply run again; any other error is thrown as it is.
 */
const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

export function mysqlErrorCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
}

export async function retryOnDeadlock<T>(statement: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has(mysqlErrorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
