import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { PENDING_SIGN_IN_COOKIE, readPendingSignIn } from '@/lib/mfa/pending-sign-in';
import { SecondStepForm } from './second-step-form';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default async function SecondStepPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const ticket = (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
  if (!ticket || readPendingSignIn(ticket) === null) redirect('/login?reason=sign-in-expired');
  return <SecondStepForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />;
}
