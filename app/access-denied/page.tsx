import { forbidden } from 'next/navigation';

/** The proxy rewrites wrong-role requests here; forbidden() renders app/forbidden.tsx with HTTP 403. */
export default function AccessDenied() {
  forbidden();
}
