import Link from 'next/link';
import { signOutAction } from '@/lib/auth/sign-out-action';
import { displayName } from '@/lib/db/queries/users';
import type { SessionUser } from '@/lib/db/schema';
import { navLinksFor } from '@/lib/auth/nav';
import { Avatar } from './avatar';

export function SiteHeader({ user }: { user: SessionUser }) {
  const name = displayName(user);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          Sync Portal
        </Link>
        <nav aria-label="Areas" className="flex flex-wrap gap-1 text-sm">
          {navLinksFor(user.role).map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <Link href="/profile" className="flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100">
            <Avatar picture={user.profilePicture} name={name} />
            <span data-testid="signed-in-user">{name}</span>
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
