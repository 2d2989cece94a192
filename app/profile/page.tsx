import type { Metadata } from 'next';
import Link from 'next/link';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/dal';
import { describeDevice } from '@/lib/auth/device';
import { listActiveSessions } from '@/lib/db/queries/sessions';
import { findUserById } from '@/lib/db/queries/users';
import { EmailForm } from './email-form';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SessionsList } from './sessions-list';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const { user, session } = await requireUser();
  const [sessions, account] = await Promise.all([listActiveSessions(user.id), findUserById(user.id)]);
  return (
    <AreaShell title="Your profile" description="Your details, password and signed-in devices.">
      <Card title="Details">
        <ProfileForm
          profile={{
            firstName: user.firstName,
            lastName: user.lastName,
            address: user.address,
            profilePicture: user.profilePicture,
            email: user.email,
            username: user.username,
          }}
        />
      </Card>
      <Card title="Email">
        <EmailForm email={user.email} verified={Boolean(account?.emailVerifiedAt)} />
      </Card>
      <Card title="Password">
        <PasswordForm />
      </Card>
      <Card title="Two-factor authentication">
        <p className="text-sm">
          {user.mfaEnabled ? 'On: a code from your authenticator app is asked at every sign-in.' : 'Off.'}{' '}
          <Link href="/profile/security" className="font-medium text-brand-700 hover:underline">
            {user.mfaEnabled ? 'Manage two-factor authentication' : 'Set up two-factor authentication'}
          </Link>
        </p>
      </Card>
      <Card title="Active sessions">
        <SessionsList
          sessions={sessions.map((s) => ({
            id: s.id,
            device: describeDevice(s.userAgent),
            ip: s.ip,
            lastSeen: s.lastSeenAt.toISOString(),
            current: s.id === session.id,
          }))}
        />
      </Card>
    </AreaShell>
  );
}
