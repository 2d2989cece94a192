'use client';
import { useEffect, useState } from 'react';

/**
 * Re-fetches a JSON URL every `intervalMs` while the tab is visible, keeping the last good value; `error` says
 * why the latest refresh failed (the server's own message when it sent one).
 */
export function usePolledJson<T>(url: string, initial: T, intervalMs = 1_500): { data: T; error: string | null } {
  const [data, setData] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const response = await fetch(url, { cache: 'no-store' });
          const body = await response.json();
          if (stopped) return;
          if (response.ok) {
            setData(body as T);
            setError(null);
          } else {
            setError((body as { error?: string }).error ?? `Refresh failed (${response.status})`);
          }
        } catch {
          if (!stopped) setError('Live updates paused: the server is not reachable');
        }
      }
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    timer = setTimeout(tick, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url, intervalMs]);

  return { data, error };
}
