'use client';
import Link from 'next/link';
import { Field } from '@/components/ui/field';
import { PictureField } from '@/components/ui/picture-field';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { signUpAction } from './actions';

export function SignUpForm() {
  const { state, action, errors } = useFormAction(signUpAction);
  const value = (name: string) => state.values?.[name];
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <FormMessage error={errors.form} />
      <Field label="Email" name="email" type="email" autoComplete="email" defaultValue={value('email')} error={errors.email} required />
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        defaultValue={value('username')}
        error={errors.username}
        hint="3–32 letters, digits, dots, dashes or underscores"
        required
      />
      <div className="grid grid-cols-2 gap-3">
        <Field label="First name" name="firstName" autoComplete="given-name" defaultValue={value('firstName')} error={errors.firstName} required />
        <Field label="Last name" name="lastName" autoComplete="family-name" defaultValue={value('lastName')} error={errors.lastName} required />
      </div>
      <Field label="Address" name="address" autoComplete="street-address" defaultValue={value('address')} error={errors.address} />
      <PictureField error={errors.profilePicture} optional chooseAgain={state.chooseAgain?.includes('profilePicture')} />
      <NewPasswordFields name="password" label="Password" hint="At least 8 characters. Long passphrases are welcome." errors={errors} />
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      <p className="text-sm text-slate-600">
        Already have an account?{' '}
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
