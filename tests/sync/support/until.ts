/** Why: integration tests wait on another process (the worker); a timeout names what was awaited and shows that process's output. */
export async function until<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  { timeoutMs = 60_000, output = () => '', pollMs = 100 }: { timeoutMs?: number; output?: () => string | undefined; pollMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; worker output:\n${output() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
