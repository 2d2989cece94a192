/** Why: journeys read the portal's email the way a person would, from the run's own MailDev (HTTP API). */
import { expect } from '@playwright/test';
import { E2E_MAIL_API } from './env';

export type CaughtMail = { id: string; subject: string; text: string; html: string; time: string; to: { address: string }[] };

/** The newest message to `to` whose subject contains `subject`, once at least `count` such have arrived. */
export async function waitForMail(to: string, subject: string, count = 1): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${E2E_MAIL_API}/email`)).json()) as CaughtMail[];
        const matching = messages
          .filter((m) => m.to.some((r) => r.address.toLowerCase() === to.toLowerCase()) && m.subject.includes(subject))
          .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
        found = matching.at(-1);
        return matching.length >= count;
      },
      { message: `an email "${subject}" to ${to}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** The path and query of the portal link in a message (links are absolute, built from APP_URL). */
export function linkIn(mail: CaughtMail): string {
  const match = /https?:\/\/[^\s]+\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`no link in "${mail.subject}"`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
