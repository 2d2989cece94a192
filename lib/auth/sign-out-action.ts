'use server';
import { signOut } from '@/lib/auth';

/** The header's "Sign out": Auth.js's signOut event (lib/auth/index.ts) ends the session row and audits it. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login?reason=signed-out' });
}
