import type { SessionUser } from '@/lib/db/schema';
import { ResendVerificationForm } from './resend-verification-form';

/**
 * Shown on every signed-in page until the user's current address is verified. Reads the session's user: verifying or
 * changing the address goes through updateUser, which drops the cached session, so this is never stale.
 */
export function VerifyEmailBanner({ user }: { user: Pick<SessionUser, 'email' | 'emailVerifiedAt'> }) {
  if (user.emailVerifiedAt) return null;
  return (
    <section aria-label="Email verification" data-testid="verify-email-banner" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm text-amber-950">
        <p className="flex-1">
          <strong>Please verify your email address.</strong> We sent a link to {user.email}; open it to confirm the address is yours.
        </p>
        <ResendVerificationForm />
      </div>
    </section>
  );
}
