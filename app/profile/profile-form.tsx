'use client';
import { Avatar } from '@/components/avatar';
import { Field } from '@/components/ui/field';
import { PictureField } from '@/components/ui/picture-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { updateProfileAction } from './profile-actions';

type Profile = { firstName: string; lastName: string; address: string; profilePicture: string | null; email: string; username: string };

export function ProfileForm({ profile }: { profile: Profile }) {
  const { state, action, errors } = useFormAction(updateProfileAction);
  const value = (name: keyof Profile) => state.values?.[name] ?? (profile[name] as string);
  const name = `${profile.firstName} ${profile.lastName}`;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage error={errors.form} success={state.message} />
      <p className="text-sm text-slate-600">
        Signed in as <strong>{profile.username}</strong> ({profile.email})
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" name="firstName" defaultValue={value('firstName')} error={errors.firstName} required />
        <Field label="Last name" name="lastName" defaultValue={value('lastName')} error={errors.lastName} required />
      </div>
      <Field label="Address" name="address" defaultValue={value('address')} error={errors.address} />
      <div className="flex items-start gap-4">
        <Avatar picture={profile.profilePicture} name={name} size={64} />
        <div className="flex-1 space-y-2">
          <PictureField error={errors.profilePicture} />
          {profile.profilePicture && (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="removePicture" /> Remove current picture
            </label>
          )}
        </div>
      </div>
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  );
}
