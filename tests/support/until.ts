/**
 * Why: integration and fault tests wait on other processes (the worker, a server, a store coming back). A probe
 * that throws (a store still down) just counts as "not yet"; a timeout names what was awaited, the probe's last
 * error, and the other process's output.
 */
export async function until<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  { timeoutMs = 60_000, output = () => '', pollMs = 100 }: { timeoutMs?: number; output?: () => string | undefined; pollMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      lastError = error;
      return undefined;
    });
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out waiting for ${what}${cause}; output:\n${output() ?? ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
