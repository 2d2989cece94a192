import { SignedInFrame } from '@/components/signed-in-frame';

export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
