'use client';
import { DateField, Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { linkRecordAction } from './link-actions';

export function LinkRecordForm() {
  const { state, action, errors } = useFormAction(linkRecordAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} />
      <Field
        label="Account number"
        name="accountNumber"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={state.values?.accountNumber}
        error={errors.accountNumber}
        hint="Any one of your accounts at the brokerage."
        required
      />
      <DateField label="Birth date" name="birthDate" defaultValue={state.values?.birthDate} error={errors.birthDate} required />
      <SubmitButton pendingText="Linking…">Link my record</SubmitButton>
    </form>
  );
}
