/** Why: the two-factor sign-in's emails (an admin reset, a new device), in the same layout as every other message. */
import { describeDevice } from '../auth/device';
import { formatInstant } from '../format-time';
import { appLink, hello, message, type MailMessage } from './templates';

export function mfaResetMessage(name: string): MailMessage {
  return message('Your two-factor authentication was reset', hello(name), [
    'An administrator reset the two-factor authentication of your Sync Portal account, and every signed-in session was signed out.',
    'Sign in with your password; if your role requires it, you will be asked to set up an authenticator app again.',
    'If you did not ask for this, contact an administrator at once.',
  ]);
}

export function newDeviceMessage(name: string, at: Date, ip: string | null, userAgent: string | null): MailMessage {
  return message('New sign-in to your Sync Portal account', hello(name), [
    `Your account was signed in from a browser it had not used before: ${describeDevice(userAgent)}, address ${ip ?? 'unknown'}, at ${formatInstant(at)}.`,
    `Browser: ${userAgent ?? 'unknown'}`,
    'If this was you, there is nothing to do. If not, end that session and change your password at once.',
    { link: appLink('/profile'), label: 'Review your sessions' },
  ]);
}
