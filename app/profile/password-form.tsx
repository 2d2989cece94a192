'use client';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/action-wrapper/validated';
import { changePasswordAction } from './password-actions';

export function PasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} required />
      <NewPasswordFields hint="At least 8 characters. Other devices will be signed out." errors={errors} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
