import { env } from '@/lib/env';

/** The human to write to (SUPPORT_EMAIL), wherever a page tells someone to ask support. */
export function SupportLink() {
  return (
    <a href={`mailto:${env.SUPPORT_EMAIL}`} className="font-medium text-brand-700 underline">
      {env.SUPPORT_EMAIL}
    </a>
  );
}
