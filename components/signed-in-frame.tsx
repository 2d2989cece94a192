import { getCurrentSession } from '@/lib/auth/dal';
import { SiteHeader } from './site-header';
import { VerifyEmailBanner } from './verify-email-banner';

/**
 * The frame every role group's layout.tsx draws around its pages: header with navigation and the user, then the
 * verification banner. It decides nothing about access: each page still runs its own permission check (a layout is
 * not re-run on client navigation), and without a live session it draws no frame while the page sends the visitor on.
 */
export async function SignedInFrame({ children }: { children: React.ReactNode }) {
  const current = await getCurrentSession();
  return (
    <>
      {current && <SiteHeader user={current.user} />}
      {current && <VerifyEmailBanner user={current.user} />}
      {children}
    </>
  );
}
