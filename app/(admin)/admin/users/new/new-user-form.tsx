'use client';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { ROLES } from '@/lib/auth/roles';
import { createUserAction } from './actions';

export function NewUserForm() {
  const { state, action, errors } = useFormAction(createUserAction);
  const value = (name: string) => state.values?.[name];
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormMessage error={errors.form} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        defaultValue={value('email')}
        error={errors.email}
        hint="The set-password link goes to this address."
        required
      />
      <Field
        label="Username"
        name="username"
        autoComplete="off"
        defaultValue={value('username')}
        error={errors.username}
        hint="3–32 letters, digits, dots, dashes or underscores"
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="First name" name="firstName" defaultValue={value('firstName')} error={errors.firstName} required />
        <Field label="Last name" name="lastName" defaultValue={value('lastName')} error={errors.lastName} required />
      </div>
      <Field label="Address" name="address" defaultValue={value('address')} error={errors.address} />
      <div>
        <label htmlFor="role" className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <select
          id="role"
          name="role"
          defaultValue={value('role') ?? 'technician'}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? 'role-error' : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        {errors.role && (
          <p id="role-error" className="mt-1 text-sm text-red-600">
            {errors.role}
          </p>
        )}
      </div>
      <SubmitButton pendingText="Creating…">Create user</SubmitButton>
    </form>
  );
}
