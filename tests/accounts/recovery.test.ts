import { afterAll, describe, expect, it } from 'vitest';
import { changeEmail } from '@/lib/accounts/change-email';
import { completePasswordReset } from '@/lib/accounts/complete-password-reset';
import { AppError } from '@/lib/errors';
import { RESET_REQUESTED_MESSAGE, requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { confirmEmail, pendingVerification, resendVerification, sendVerificationEmail } from '@/lib/accounts/verify-email';
import { authenticate } from '@/lib/auth/authenticate';
import { loadLiveSession } from '@/lib/auth/dal';
import { verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { auditEvents } from '@/lib/db/schema';
import { findUserById } from '@/lib/db/queries/users';
import { closeEmailQueue, getEmailQueue } from '@/lib/mail/queue';
import { desc, eq } from 'drizzle-orm';
import { makeSession, makeUser, TEST_PASSWORD } from '../support/users';
import { queuedMailTo, randomIp, tokenIn } from './support';

afterAll(async () => {
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
});

const claims = (userId: number, sessionId: string, role: 'customer' | 'admin' = 'customer') => ({ userId, sessionId, role, expiresAt: Date.now() + 3_600_000 });
const lastAudit = async (action: string) =>
  (await db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('password recovery', () => {
  it('answers an unknown address exactly as a known one, and only the known one gets mail', async () => {
    const user = await makeUser();
    const unknown = `nobody-${Date.now()}@example.com`;
    const known = await requestPasswordReset(user.email, randomIp());
    const other = await requestPasswordReset(unknown, randomIp());
    expect(other).toBe(known);
    expect(known).toBe(RESET_REQUESTED_MESSAGE);
    const mail = await queuedMailTo(user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('Reset your password');
    expect(mail[0].text).toContain('http://localhost:3000/reset-password?token=');
    expect(mail[0].html).toContain('/reset-password?token=');
    expect(await queuedMailTo(unknown)).toHaveLength(0);
    expect((await lastAudit('auth.password_reset_requested')).detail).toEqual({ accountFound: false, sent: false });
  });

  it('is limited per account and per requesting address, with the same refusal for unknown addresses', async () => {
    const user = await makeUser();
    for (let i = 0; i < 3; i++) await requestPasswordReset(user.email, randomIp());
    await expect(requestPasswordReset(user.email, randomIp())).rejects.toMatchObject({ status: 429 });
    const ip = randomIp();
    for (let i = 0; i < 20; i++) await requestPasswordReset(`spray-${i}-${Date.now()}@example.com`, ip);
    await expect(requestPasswordReset(`spray-last-${Date.now()}@example.com`, ip)).rejects.toBeInstanceOf(AppError);
  });

  it('sets the new password, ends every session, audits, and tells the address', async () => {
    const user = await makeUser();
    const sessions = [await makeSession(user.id), await makeSession(user.id)];
    for (const sid of sessions) expect(await loadLiveSession(claims(user.id, sid))).not.toBeNull();
    await requestPasswordReset(user.email, randomIp());
    const token = tokenIn((await queuedMailTo(user.email))[0].text);

    const done = await completePasswordReset(token, 'reset_password', 'fresh harbour kite 12', randomIp());
    expect(done.ok).toBe(true);
    for (const sid of sessions) expect(await loadLiveSession(claims(user.id, sid))).toBeNull();
    expect(await verifyPassword('fresh harbour kite 12', (await findUserById(user.id))!.passwordHash)).toBe(true);
    expect((await authenticate(user.username, TEST_PASSWORD, { ip: randomIp(), userAgent: null })).ok).toBe(false);
    const audit = await lastAudit('auth.password_reset');
    expect(audit).toMatchObject({ actorUserId: user.id, target: `user:${user.id}`, detail: { endedSessions: 2 } });
    expect((await queuedMailTo(user.email)).map((m) => m.subject)).toContain('Your password was changed');

    expect(await completePasswordReset(token, 'reset_password', 'another harbour kite 13', randomIp())).toEqual({ ok: false, problem: 'used' });
  });
});

describe('email verification', () => {
  it('verifies the address the link was sent to, once, when its signed-in owner confirms', async () => {
    const user = await makeUser();
    expect(user.emailVerifiedAt).toBeNull();
    await sendVerificationEmail(user, randomIp());
    const [mail] = await queuedMailTo(user.email);
    expect(mail.subject).toBe('Verify your email address');
    expect(mail.text).toContain(`the username ${user.username}`);
    const token = tokenIn(mail.text);
    const pending = { ok: true, userId: user.id, username: user.username, email: user.email };
    expect(await pendingVerification(token, null)).toEqual(pending);
    expect((await findUserById(user.id))!.emailVerifiedAt).toBeNull();
    expect(await confirmEmail(token, user.id, null)).toEqual(pending);
    expect((await findUserById(user.id))!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmail(token, user.id, null)).toEqual({ ok: false, problem: 'used' });
    expect(await confirmEmail(`${token.slice(0, -2)}zz`, user.id, null)).toEqual({ ok: false, problem: 'invalid' });
    await expect(resendVerification(user.id, null)).rejects.toThrow('already verified');
  });

  it('an email change needs verifying again, tells the old address, and old links no longer verify', async () => {
    const user = await makeUser();
    await sendVerificationEmail(user, null);
    const oldToken = tokenIn((await queuedMailTo(user.email))[0].text);
    const newEmail = `moved-${user.username}@example.com`;

    expect(await changeEmail(user.id, newEmail, 'wrong password', null)).toEqual({ ok: false, errors: { emailChangePassword: 'Password is incorrect' } });
    expect(await changeEmail(user.id, newEmail, TEST_PASSWORD, null)).toMatchObject({ ok: true });
    expect((await queuedMailTo(user.email)).map((m) => m.subject)).toContain('Your email address was changed');
    expect(await confirmEmail(oldToken, user.id, null)).toMatchObject({ ok: false });
    const token = tokenIn((await queuedMailTo(newEmail))[0].text);
    expect(await confirmEmail(token, user.id, null)).toMatchObject({ ok: true, email: newEmail });
    expect((await lastAudit('auth.email_changed')).detail).toEqual({ before: { email: user.email }, after: { email: newEmail } });
  });

  it('resending is rate-limited per account', async () => {
    const user = await makeUser();
    for (let i = 0; i < 3; i++) await resendVerification(user.id, null);
    await expect(resendVerification(user.id, null)).rejects.toMatchObject({ status: 429 });
  });
});
