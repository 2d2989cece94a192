'use client';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SecondFactorField } from '@/components/ui/second-factor-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { disableMfaAction, regenerateCodesAction } from './actions';
import { RecoveryCodes } from './recovery-codes';
import type { RecoveryCodesState } from './recovery-codes-state';

export function RegenerateCodesForm() {
  const { state, action, errors } = useFormAction<RecoveryCodesState>(regenerateCodesAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      {state.recoveryCodes && <RecoveryCodes codes={state.recoveryCodes} />}
      <Field
        label="Authentication code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errors.code}
        hint="A current code from your app."
        required
      />
      <SubmitButton variant="secondary" pendingText="Creating…">
        Create new recovery codes
      </SubmitButton>
    </form>
  );
}

export function DisableMfaForm({ warning }: { warning?: string }) {
  const { state, action, errors } = useFormAction(disableMfaAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      {warning && <p className="text-sm text-slate-700">{warning}</p>}
      <FormMessage error={errors.form} success={state.message} />
      <Field label="Current password" name="password" type="password" autoComplete="current-password" error={errors.password} required />
      <SecondFactorField errors={errors} />
      <SubmitButton variant="danger" pendingText="Turning off…">
        Turn off two-factor authentication
      </SubmitButton>
    </form>
  );
}
