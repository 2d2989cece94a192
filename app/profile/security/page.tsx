import type { Metadata } from 'next';
import { AreaShell } from '@/components/area-shell';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requestClaims, requireSignedIn } from '@/lib/auth/dal';
import { countUnusedRecoveryCodes, findMfaCredential } from '@/lib/db/queries/mfa';
import { When } from '@/components/when';
import { mfaRequiredFor, mustEnrol } from '@/lib/mfa/policy';
import { startEnrolment } from '@/lib/mfa/start-enrolment';
import { EnrolForm } from './enrol-form';
import { DisableMfaForm, RegenerateCodesForm } from './manage-mfa';

export const metadata: Metadata = { title: 'Two-factor authentication' };

/** Re-issues the session token once enrolment is done (continue/route.ts), then opens the user's home. */
const CONTINUE_PATH = '/profile/security/continue';

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
          <EnrolForm enrolment={{ secret, qr, continueTo: CONTINUE_PATH }} />
        </Card>
      </AreaShell>
    );
  }
  const [credential, remaining, claims] = await Promise.all([findMfaCredential(user.id), countUnusedRecoveryCodes(user.id), requestClaims()]);
  return (
    <AreaShell title={title} description="A code from your authenticator app is asked at every sign-in after your password.">
      {claims?.enrol && (
        // Enrolled, but this browser's token predates it (the continue link was skipped): re-issue it from here.
        <a href={CONTINUE_PATH} className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Continue to your area
        </a>
      )}
      <Card title="Status">
        <p className="text-sm" data-testid="mfa-status">
          On since <When at={credential?.confirmedAt} />. {remaining} unused recovery code(s) left.
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
