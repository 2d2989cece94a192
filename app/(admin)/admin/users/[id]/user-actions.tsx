'use client';
import { When } from '@/components/when';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { ROLES, type Role } from '@/lib/auth/roles';
import { manageUserAction } from './actions';

export type ManagedUser = {
  id: number;
  username: string;
  role: Role;
  status: 'active' | 'disabled';
  isSelf: boolean;
  isCustomer: boolean;
  linkedCustomer: string | null;
  mfaEnabled: boolean;
};
export type SessionView = { id: string; device: string; ip: string | null; lastSeen: string };
export type CandidateView = { id: string; username: string; name: string; email: string };

const section = 'space-y-2 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0';

/** Every admin action on one user: each asks for confirmation, and the outcome or refusal shows at the top. */
export function UserActions({ user, sessions, candidates }: { user: ManagedUser; sessions: SessionView[]; candidates: CandidateView[] | null }) {
  const { state, action, errors } = useFormAction(manageUserAction);
  const hidden = (operation: string) => (
    <>
      <input type="hidden" name="operation" value={operation} />
      <input type="hidden" name="userId" value={user.id} />
    </>
  );
  return (
    <div className="space-y-4">
      <div aria-live="polite">
        <FormMessage error={errors.form ?? errors.userId ?? errors.sessionId ?? errors.customerId} success={state.message} />
      </div>
      {user.isSelf && <p className="text-sm text-slate-600">This is your own account: another admin must change its role or status.</p>}

      <form id="change-role-form" action={action} className={section}>
        {hidden('change-role')}
        <label htmlFor="new-role" className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <div className="flex flex-wrap items-center gap-2">
          {/* Keyed by the saved role: after a change the form resets to what the server now holds, not to the role it was drawn with. */}
          <select
            key={user.role}
            id="new-role"
            name="role"
            defaultValue={user.role}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <ConfirmButton
            form="change-role-form"
            label="Change role"
            title={`Change ${user.username}'s role?`}
            body={<p>Their sessions end at once; they sign in again with the new role.</p>}
            confirmLabel="Change role"
            variant="secondary"
          />
        </div>
        {errors.role && <p className="text-sm text-red-600">{errors.role}</p>}
      </form>

      {user.status === 'active' ? (
        <form id="disable-form" action={action} className={section}>
          {hidden('disable')}
          <label htmlFor="disable-reason" className="block text-sm font-medium text-slate-700">
            Reason for disabling
          </label>
          <textarea
            id="disable-reason"
            name="reason"
            rows={2}
            maxLength={500}
            aria-describedby="disable-reason-hint"
            aria-invalid={errors.reason ? true : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            defaultValue={state.values?.reason}
          />
          <p id="disable-reason-hint" className="text-xs text-slate-500">
            Shown to {user.username} when they try to sign in.
          </p>
          {errors.reason && <p className="text-sm text-red-600">{errors.reason}</p>}
          <ConfirmButton
            form="disable-form"
            label="Disable"
            title={`Disable ${user.username}?`}
            body={<p>They are signed out everywhere and cannot sign in until an admin enables the account.</p>}
            confirmLabel="Disable account"
          />
        </form>
      ) : (
        <form id="enable-form" action={action} className={section}>
          {hidden('enable')}
          <ConfirmButton
            form="enable-form"
            label="Enable"
            title={`Enable ${user.username}?`}
            body={<p>They may sign in again with their password.</p>}
            confirmLabel="Enable account"
            variant="secondary"
          />
        </form>
      )}

      <form id="send-reset-form" action={action} className={section}>
        {hidden('send-reset')}
        <ConfirmButton
          form="send-reset-form"
          label="Send password reset link"
          title="Send a password reset link?"
          body={<p>A link valid for 30 minutes goes to {user.username}&apos;s own email address.</p>}
          confirmLabel="Send link"
          variant="secondary"
        />
      </form>

      {user.mfaEnabled && !user.isSelf && (
        <form id="reset-mfa-form" action={action} className={section}>
          {hidden('reset-mfa')}
          <ConfirmButton
            form="reset-mfa-form"
            label="Reset two-factor authentication"
            title={`Reset ${user.username}'s two-factor authentication?`}
            body={
              <p>
                Their authenticator and recovery codes stop working, their sessions end, and they are told by email. They set it up again at their next sign-in.
              </p>
            }
            confirmLabel="Reset 2FA"
            variant="secondary"
          />
        </form>
      )}

      {user.isCustomer && (
        <div className={section}>
          <h3 className="text-sm font-semibold">Analytics customer record</h3>
          {user.linkedCustomer ? (
            <form id="unlink-form" action={action} className="flex flex-wrap items-center gap-2">
              {hidden('unlink-customer')}
              <span className="text-sm">
                Linked to <strong>{user.linkedCustomer}</strong>
              </span>
              <ConfirmButton
                form="unlink-form"
                label="Unlink"
                title="Unlink the customer record?"
                body={<p>{user.username} no longer sees that customer&apos;s accounts.</p>}
                confirmLabel="Unlink"
              />
            </form>
          ) : (
            <form method="get" className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="customer-search" className="block text-sm text-slate-700">
                  Find a customer record by email or username
                </label>
                <input id="customer-search" name="customer" type="search" className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
              </div>
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
                Search records
              </button>
            </form>
          )}
          {candidates &&
            !user.linkedCustomer &&
            (candidates.length === 0 ? (
              <p className="text-sm text-slate-600">No analytics customer matches that search.</p>
            ) : (
              <ul className="space-y-2">
                {candidates.map((c) => (
                  <li key={c.id}>
                    <form id={`link-${c.id}`} action={action} className="flex flex-wrap items-center gap-2 text-sm">
                      {hidden('link-customer')}
                      <input type="hidden" name="customerId" value={c.id} />
                      <span>
                        {c.name} — {c.username} ({c.email})
                      </span>
                      <ConfirmButton
                        form={`link-${c.id}`}
                        label={`Link customer record ${c.username}`}
                        title="Link this customer record?"
                        body={
                          <p>
                            {user.username} will see {c.username}&apos;s accounts and transactions.
                          </p>
                        }
                        confirmLabel="Link"
                        variant="secondary"
                      />
                    </form>
                  </li>
                ))}
              </ul>
            ))}
        </div>
      )}

      <div className={section}>
        <h3 className="text-sm font-semibold">Sessions ({sessions.length})</h3>
        {sessions.length === 0 ? (
          <p className="text-sm text-slate-600">No active sessions.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {sessions.map((s, index) => (
              <li key={s.id} data-testid="admin-session-row" className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {s.device} · {s.ip ?? 'unknown address'} · last seen <When at={s.lastSeen} />
                </span>
                <form id={`revoke-${s.id}`} action={action}>
                  {hidden('revoke-session')}
                  <input type="hidden" name="sessionId" value={s.id} />
                  <ConfirmButton
                    form={`revoke-${s.id}`}
                    label={`Sign out session ${index + 1}`}
                    title="Sign out this session?"
                    body={<p>That device must sign in again.</p>}
                    confirmLabel="Sign out"
                    variant="secondary"
                  />
                </form>
              </li>
            ))}
          </ul>
        )}
        {sessions.length > 0 && (
          <form id="revoke-all-form" action={action}>
            {hidden('revoke-all')}
            <ConfirmButton
              form="revoke-all-form"
              label="Sign out all sessions"
              title={`Sign ${user.username} out everywhere?`}
              body={<p>Every device must sign in again.</p>}
              confirmLabel="Sign out all"
            />
          </form>
        )}
      </div>
    </div>
  );
}
