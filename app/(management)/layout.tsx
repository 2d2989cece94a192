import { SignedInFrame } from '@/components/signed-in-frame';

export default function ManagementLayout({ children }: { children: React.ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
