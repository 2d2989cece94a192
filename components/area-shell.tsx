import type { SessionUser } from '@/lib/db/schema';
import { SiteHeader } from './site-header';
import { VerifyEmailBanner } from './verify-email-banner';

/** The frame of every signed-in page: header with navigation and the user, then the page's own heading. */
export function AreaShell({ user, title, description, children }: { user: SessionUser; title: string; description?: string; children?: React.ReactNode }) {
  return (
    <>
      <SiteHeader user={user} />
      <VerifyEmailBanner user={user} />
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="mt-1 text-slate-600">{description}</p>}
        <div className="mt-6 space-y-6">{children}</div>
      </main>
    </>
  );
}
