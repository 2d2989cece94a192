'use client';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { newPasswordAction } from './actions';

export function NewPasswordForm({
  token,
  purpose,
  title,
  username,
}: {
  token: string;
  purpose: 'reset_password' | 'set_password';
  title: string;
  username: string;
}) {
  const { action, errors } = useFormAction(newPasswordAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">
        For the account <strong>{username}</strong>.{' '}
        {purpose === 'set_password' ? 'You will sign in with this password from now on.' : 'Every device signed in to it will be signed out.'}
      </p>
      <FormMessage error={errors.form} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="purpose" value={purpose} />
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <NewPasswordFields hint="At least 8 characters. Long passphrases are welcome." errors={errors} />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
