'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { actorOf } from '@/lib/auth/actor';
import { createStaffUser } from '@/lib/accounts/create-staff-user';
import { clientInfo } from '@/lib/request-info';
import { adminCreateUserSchema } from '@/lib/validation/auth';

export const createUserAction = withPermission('users.manage', adminCreateUserSchema, async (data, _formData, current) => {
  const result = await createStaffUser(actorOf(current, clientInfo(await headers()).ip), data);
  if (!result.ok) return { errors: result.errors };
  redirect(`/admin/users/${result.id}?created=1`);
});
