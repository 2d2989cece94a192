'use server';
import { revalidatePath } from 'next/cache';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { manageUser, manageUserSchema } from '@/lib/accounts/manage-user';

export const manageUserAction = withPermission('users.manage', manageUserSchema, async (command, { actor }) => {
  const message = await manageUser(actor, command);
  revalidatePath(`/admin/users/${command.userId}`);
  return { message };
});
