'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { actorOf } from '@/lib/auth/actor';
import { manageUser, manageUserSchema } from '@/lib/accounts/manage-user';
import { clientInfo } from '@/lib/request-info';

export const manageUserAction = withPermission('users.manage', manageUserSchema, async (command, _formData, current) => {
  const message = await manageUser(actorOf(current, clientInfo(await headers()).ip), command);
  revalidatePath(`/admin/users/${command.userId}`);
  return { message };
});
