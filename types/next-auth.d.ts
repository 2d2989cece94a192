import type { Role } from '@/lib/auth/roles';

declare module 'next-auth' {
  interface User {
    role: Role;
    sid: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    sid?: string;
  }
}
