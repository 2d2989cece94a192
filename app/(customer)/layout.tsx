import { SignedInFrame } from '@/components/signed-in-frame';

export default function CustomerLayout({ children }: { children: React.ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
