import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

describe('callbackUrl after sign-in', () => {
  it.each(['//evil.com', 'https://evil.com', '/\\evil.com', 'javascript:alert(1)', ' /admin', 'http:/evil.com', '\\\\evil.com', ''])(
    '%j lands on the role home',
    (raw) => {
      const target = safeCallbackUrl(raw, 'customer');
      expect(target).toBe('/customer');
      expect(new URL(target, 'https://portal.example').origin).toBe('https://portal.example');
    },
  );

  it('keeps a same-origin path the role may open, with its query', () => {
    expect(safeCallbackUrl('/management?tab=sync', 'management')).toBe('/management?tab=sync');
    expect(safeCallbackUrl('/profile', 'customer')).toBe('/profile');
  });

  it('does not send a user to an area their role cannot open, or back to the sign-in pages', () => {
    expect(safeCallbackUrl('/admin', 'customer')).toBe('/customer');
    expect(safeCallbackUrl('/login', 'technician')).toBe('/technician');
  });
});
