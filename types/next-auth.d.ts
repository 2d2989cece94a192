import type { Role } from '@/lib/auth/roles';

declare module 'next-auth' {
  interface User {
    role: Role;
    sid: string;
    /** Must enrol in 2FA before anything else (MFA_REQUIRED_ROLES): the proxy's optimistic redirect reads it. */
    enrol: boolean;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    sid?: string;
    enrol?: boolean;
  }
}
