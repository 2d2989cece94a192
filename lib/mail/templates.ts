/**
 * Why: every email the portal sends, each with a plain-text and an HTML body. Links are built from APP_URL only —
 * never from a request's Host header, which an attacker could set to harvest tokens.
 */
import { env } from '../env';

export type MailMessage = { subject: string; text: string; html: string };

export function appLink(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, env.APP_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Block = string | { link: string; label: string };

/** One layout for every message: the same paragraphs as text and as HTML, a button for the link. */
export function message(subject: string, greeting: string, blocks: Block[]): MailMessage {
  const text = [greeting, ...blocks.map((b) => (typeof b === 'string' ? b : `${b.label}: ${b.link}`)), '— Sync Portal'].join('\n\n');
  const body = blocks
    .map((b) =>
      typeof b === 'string'
        ? `<p>${escapeHtml(b)}</p>`
        : `<p><a href="${escapeHtml(b.link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p><p style="font-size:12px;color:#555">Or open this address: ${escapeHtml(b.link)}</p>`,
    )
    .join('');
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a"><p>${escapeHtml(greeting)}</p>${body}<p>— Sync Portal</p></body></html>`;
  return { subject, text, html };
}

export const hello = (name: string) => `Hello ${name},`;
const IGNORE = 'If you did not ask for this, you can ignore this email.';

/** Greets no one by a name the account holder typed: the address may belong to someone else entirely. */
export function verifyEmailMessage(username: string, email: string, token: string): MailMessage {
  return message('Verify your email address', 'Hello,', [
    `Someone asked to use ${email} for the Sync Portal account with the username ${username}. If that is your account, open the link, sign in and confirm. The link works once and expires in 24 hours.`,
    { link: appLink('/verify-email', { token }), label: 'Verify email address' },
    `If ${username} is not your account, ignore this email: nothing changes unless the account's owner signs in and confirms.`,
  ]);
}

export function customerLinkedMessage(name: string, recordUsername: string): MailMessage {
  return message('Your customer record was linked', hello(name), [
    `An administrator linked your Sync Portal account to the brokerage customer record ${recordUsername}. You can now see its accounts and trades in the customer area.`,
    'If you did not ask for this, contact an administrator at once.',
  ]);
}

export function emailChangedNoticeMessage(name: string, newEmail: string): MailMessage {
  return message('Your email address was changed', hello(name), [
    `The email address of your Sync Portal account was changed to ${newEmail}. This address will no longer receive account emails.`,
    'If you did not make this change, contact an administrator at once.',
  ]);
}

export function resetPasswordMessage(name: string, token: string): MailMessage {
  return message('Reset your password', hello(name), [
    'Someone (we hope you) asked to reset the password of your Sync Portal account. The link works once and expires in 30 minutes.',
    { link: appLink('/reset-password', { token }), label: 'Choose a new password' },
    IGNORE,
  ]);
}

export function setPasswordMessage(name: string, username: string, token: string): MailMessage {
  return message('Your Sync Portal account is ready', hello(name), [
    `An administrator created a Sync Portal account for you (username ${username}). Choose your password to sign in. The link works once and expires in 72 hours.`,
    { link: appLink('/set-password', { token }), label: 'Choose your password' },
  ]);
}

/** After a reset every session ended; after a change on the profile page the device that made it stays signed in. */
export function passwordChangedNoticeMessage(name: string, ended: 'all' | 'others' = 'all'): MailMessage {
  return message('Your password was changed', hello(name), [
    `The password of your Sync Portal account was just changed, and ${ended === 'all' ? 'every signed-in session' : 'every other signed-in session'} was signed out.`,
    `If you did not do this, reset your password at once and write to ${env.SUPPORT_EMAIL}.`,
    { link: appLink('/forgot-password'), label: 'Reset your password' },
  ]);
}
