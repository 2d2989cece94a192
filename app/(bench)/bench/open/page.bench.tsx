import { BenchPage } from '@/components/bench/bench-page';

export default function OpenBenchPage() {
  return <BenchPage viewer="anonymous" />;
}
