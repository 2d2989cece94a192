import { userAgentFromString } from 'next/server';

/** "Chrome on Linux" from a session's user agent, for session lists. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const { browser, os } = userAgentFromString(userAgent);
  return [browser.name, os.name].filter(Boolean).join(' on ') || 'Unknown device';
}
