'use server';
import { redirect } from 'next/navigation';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { createStaffUser } from '@/lib/accounts/create-staff-user';
import { adminCreateUserSchema } from '@/lib/validation/auth';

export const createUserAction = withPermission('users.manage', adminCreateUserSchema, async (data, { actor }) => {
  const result = await createStaffUser(actor, data);
  if (!result.ok) return { errors: result.errors };
  redirect(`/admin/users/${result.id}?created=1`);
});
