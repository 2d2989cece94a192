import { SignedInFrame } from '@/components/signed-in-frame';

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
