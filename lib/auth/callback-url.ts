/** Why: an open redirect after sign-in is a phishing tool; only same-origin relative paths the role may open are kept. */
import { homePath, mayOpenPath, PUBLIC_ONLY_PATHS, type Role } from './roles';

const BASE = 'http://portal.invalid';

export function safeCallbackUrl(raw: unknown, role: Role): string {
  const home = homePath(role);
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || /[\\\s\u0000-\u001f]/.test(raw)) return home;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE) return home;
  if (PUBLIC_ONLY_PATHS.includes(url.pathname) || url.pathname.startsWith('/api/')) return home;
  if (!mayOpenPath(role, url.pathname)) return home;
  return `${url.pathname}${url.search}${url.hash}`;
}
