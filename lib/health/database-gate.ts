/**
 * Why: every signed-in page reads its session row from MySQL, and a page cannot set its own status, so with MySQL
 * down it would answer 500. The proxy asks the health route instead and answers 503 itself. One answer serves
 * every request of the next second (and concurrent requests share the one in flight), so a healthy portal pays
 * one internal request per second per process, not one per page. Edge-safe: fetch only.
 */
const FRESH_MS = 1_000;
const TIMEOUT_MS = 3_000;

let latest: { at: number; down: Promise<boolean> } | null = null;

async function check(origin: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/api/health?check=mysql', origin), { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' });
    return response.status === 503;
  } catch {
    return false;
  }
}

export function databaseDown(origin: string): Promise<boolean> {
  const now = Date.now();
  if (!latest || now - latest.at > FRESH_MS) latest = { at: now, down: check(origin) };
  return latest.down;
}
