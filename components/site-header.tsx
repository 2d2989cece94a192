import Link from 'next/link';
import { signOutAction } from '@/lib/auth/sign-out-action';
import { displayName } from '@/lib/db/queries/users';
import type { SessionUser } from '@/lib/db/schema';
import { navGroupsFor } from '@/lib/auth/nav';
import { Avatar } from './avatar';
import { SiteNav } from './site-nav';

/** One line at every width: name, the grouped navigation (a single menu on phones), the user and Sign out. */
export function SiteHeader({ user }: { user: SessionUser }) {
  const name = displayName(user);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 sm:gap-4">
        <Link href="/" className="whitespace-nowrap text-lg font-bold text-brand-900">
          Sync Portal
        </Link>
        <SiteNav groups={navGroupsFor(user.role)} />
        <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
          <Link href="/profile" className="flex min-w-0 items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 sm:px-2">
            <Avatar picture={user.profilePicture} name={name} />
            <span data-testid="signed-in-user" className="sr-only sm:not-sr-only sm:max-w-48 sm:truncate">
              {name}
            </span>
          </Link>
          <form action={signOutAction}>
            <button
              type="submit"
              className="whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
