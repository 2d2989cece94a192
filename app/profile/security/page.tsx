import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requireSignedIn } from '@/lib/auth/dal';
import { homePath } from '@/lib/auth/roles';
import { countUnusedRecoveryCodes, findMfaCredential } from '@/lib/db/queries/mfa';
import { formatUtcMinutes } from '@/lib/format-time';
import { mfaRequiredFor, mustEnrol } from '@/lib/mfa/policy';
import { startEnrolment } from '@/lib/mfa/start-enrolment';
import { EnrolForm } from './enrol-form';
import { DisableMfaForm, RegenerateCodesForm } from './manage-mfa';

export const metadata: Metadata = { title: 'Two-factor authentication' };

// The only page a user who must enrol may open (requireSignedIn, not requireUser).
export default async function SecurityPage() {
  const { user } = await requireSignedIn();
  const title = 'Two-factor authentication';
  if (!user.mfaEnabled) {
    const { secret, qr } = await startEnrolment(user);
    return (
      <AreaShell title={title} description="A code from an authenticator app on your phone, asked at every sign-in after your password.">
        {mustEnrol(user) && <FormMessage error="Your role requires two-factor authentication: set it up to continue." />}
        <Card title="Set up an authenticator app">
          <EnrolForm enrolment={{ secret, qr, continueTo: homePath(user.role) }} />
        </Card>
      </AreaShell>
    );
  }
  const [credential, remaining] = await Promise.all([findMfaCredential(user.id), countUnusedRecoveryCodes(user.id)]);
  return (
    <AreaShell title={title} description="A code from your authenticator app is asked at every sign-in after your password.">
      <Card title="Status">
        <p className="text-sm" data-testid="mfa-status">
          On since {credential?.confirmedAt ? formatUtcMinutes(credential.confirmedAt) : '—'}. {remaining} unused recovery code(s) left.
        </p>
      </Card>
      <Card title="Recovery codes">
        <RegenerateCodesForm />
      </Card>
      <Card title="Turn off">
        <DisableMfaForm
          warning={mfaRequiredFor(user.role) ? 'Your role requires two-factor authentication: you will be asked to set it up again right away.' : undefined}
        />
      </Card>
    </AreaShell>
  );
}
