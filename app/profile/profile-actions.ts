'use server';
import { revalidatePath } from 'next/cache';
import { withUser } from '@/lib/action-wrapper/with-session';
import { recordAudit } from '@/lib/db/queries/audit';
import { updateUser } from '@/lib/db/queries/users';
import { deletePicture, storePicture } from '@/lib/uploads';
import { profileFields } from '@/lib/validation/auth';

export const updateProfileAction = withUser(profileFields, async (data, { session: { user }, ip, formData }) => {
  const picture = await storePicture(formData.get('profilePicture'));
  if (!picture.ok) return { errors: { profilePicture: picture.error } };
  const removePicture = formData.get('removePicture') === 'on';
  const profilePicture = picture.name ?? (removePicture ? null : user.profilePicture);
  await updateUser(user.id, { ...data, profilePicture });
  if (profilePicture !== user.profilePicture) await deletePicture(user.profilePicture);
  await recordAudit({ action: 'profile.updated', actorUserId: user.id, target: `user:${user.id}`, ip });
  revalidatePath('/', 'layout');
  return { message: 'Profile saved.' };
});
