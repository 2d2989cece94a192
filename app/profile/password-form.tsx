'use client';
import { Field } from '@/components/ui/field';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { changePasswordAction } from './password-actions';

export function PasswordForm() {
  const { state, action, errors } = useFormAction(changePasswordAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} required />
      <NewPasswordFields hint="At least 8 characters. Other devices will be signed out." errors={errors} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
