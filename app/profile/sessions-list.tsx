'use client';
import { When } from '@/components/when';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { revokeOtherSessionsAction, revokeSessionAction } from './session-actions';

export type SessionRow = { id: string; device: string; ip: string | null; lastSeen: string; current: boolean };

export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const { state: revokeState, action: revoke } = useFormAction(revokeSessionAction);
  const { state: othersState, action: revokeOthers } = useFormAction(revokeOtherSessionsAction);
  const state = othersState.message || othersState.errors ? othersState : revokeState;
  return (
    <div className="space-y-4">
      <FormMessage error={state.errors?.form} success={state.message} />
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2">Device</th>
            <th className="pr-3">IP address</th>
            <th>Last seen</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <td className="py-2">
                {s.device}
                {s.current && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">This device</span>}
              </td>
              <td className="pr-3">
                <span data-testid="session-ip" className="break-all">
                  {s.ip ?? 'unknown'}
                </span>
              </td>
              <td>
                <When at={s.lastSeen} />
              </td>
              <td className="text-right">
                {!s.current && (
                  <form action={revoke}>
                    <input type="hidden" name="sessionId" value={s.id} />
                    <SubmitButton variant="secondary" pendingText="Signing out…">
                      Sign out this session
                    </SubmitButton>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length > 1 && (
        <form action={revokeOthers}>
          <SubmitButton variant="danger" pendingText="Signing out…">
            Sign out all other sessions
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
