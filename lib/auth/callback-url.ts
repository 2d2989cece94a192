/**
 * Why: an open redirect after sign-in is a phishing tool. The raw value is resolved against our own origin first
 * (so `/.//x`, `/..//x`, `/%2e//x` are normalised before they are judged), must stay on that origin, and only its
 * path, query and hash are kept — never a path that a browser would read as another host (`//x`).
 */
import { homePath, mayOpenPath, PUBLIC_ONLY_PATHS, type Role } from './roles';

const BASE = 'http://portal.invalid';

export function safeCallbackUrl(raw: unknown, role: Role): string {
  const home = homePath(role);
  if (typeof raw !== 'string' || !raw.startsWith('/') || /[\\\s\u0000-\u001f]/.test(raw)) return home;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return home;
  if (PUBLIC_ONLY_PATHS.includes(url.pathname) || url.pathname.startsWith('/api/')) return home;
  if (!mayOpenPath(role, url.pathname)) return home;
  return `${url.pathname}${url.search}${url.hash}`;
}
