import { SupportMailto } from '@/components/support-mailto';
import { env } from '@/lib/env';

/** The human to write to (SUPPORT_EMAIL), wherever a server page tells someone to ask support. */
export function SupportLink() {
  return <SupportMailto address={env.SUPPORT_EMAIL} />;
}
