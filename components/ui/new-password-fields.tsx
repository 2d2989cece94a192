import { Field } from './field';

/** A new password and its confirmation (sign-up, reset, change): same autocomplete, policy hint and errors. */
export function NewPasswordFields({
  name = 'newPassword',
  label = 'New password',
  hint,
  errors,
}: {
  name?: string;
  label?: string;
  hint: string;
  errors: Record<string, string | undefined>;
}) {
  return (
    <>
      <Field label={label} name={name} type="password" autoComplete="new-password" error={errors[name]} hint={hint} required />
      <Field
        label={`Confirm ${label.toLowerCase()}`}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        required
      />
    </>
  );
}
