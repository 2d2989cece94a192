'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { withRole } from '@/lib/actions/with-session';
import { linkOwnRecord } from '@/lib/accounts/link-own-record';
import { clientInfo } from '@/lib/request-info';
import { customerLinkSchema } from '@/lib/validation/analytics';

export const linkRecordAction = withRole('customer', customerLinkSchema, async (proof, _formData, { user }) => {
  await linkOwnRecord({ id: user.id, ip: clientInfo(await headers()).ip }, proof);
  redirect('/customer');
});
