import { BenchPage } from '@/components/bench/bench-page';
import { requireRole } from '@/lib/auth/dal';

export default async function ProtectedBenchPage() {
  const { user } = await requireRole('customer');
  return <BenchPage viewer={user.username} />;
}
