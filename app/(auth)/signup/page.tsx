import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentSession } from '@/lib/auth/dal';
import { homePath } from '@/lib/auth/roles';
import { SignUpForm } from './signup-form';

export const metadata: Metadata = { title: 'Create account' };

export default async function SignUpPage() {
  const current = await getCurrentSession().catch(() => null);
  if (current) redirect(homePath(current.user.role));
  return <SignUpForm />;
}
