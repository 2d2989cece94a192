import { SignedInFrame } from '@/components/signed-in-frame';

export default function TechnicianLayout({ children }: { children: React.ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
