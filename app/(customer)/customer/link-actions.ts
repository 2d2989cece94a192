'use server';
import { redirect } from 'next/navigation';
import { withRole } from '@/lib/action-wrapper/with-session';
import { linkOwnRecord } from '@/lib/accounts/link-own-record';
import { customerLinkSchema } from '@/lib/validation/analytics';

export const linkRecordAction = withRole('customer', customerLinkSchema, async (proof, { actor }) => {
  await linkOwnRecord(actor, proof);
  redirect('/customer');
});
