import { and, eq, inArray, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkAccess } from '@/lib/auth/dal';
import { authenticate, completeSecondStep } from '@/lib/auth/authenticate';
import { authorizeCredentials, type SignInCookies } from '@/lib/auth/credentials';
import { db } from '@/lib/db';
import { auditEvents, knownDevices, mfaCredentials, mfaRecoveryCodes, sessions, users } from '@/lib/db/schema';
import { updateUser } from '@/lib/db/queries/users';
import { env } from '@/lib/env';
import { confirmEnrolment } from '@/lib/mfa/confirm-enrolment';
import { disableMfa } from '@/lib/mfa/disable-mfa';
import { PENDING_SIGN_IN_COOKIE, PENDING_SIGN_IN_SECONDS, readPendingSignIn } from '@/lib/mfa/pending-sign-in';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { resetMfa } from '@/lib/mfa/reset-mfa';
import { openSecret } from '@/lib/mfa/secret-box';
import { startEnrolment } from '@/lib/mfa/start-enrolment';
import { matchingStep } from '@/lib/mfa/totp';
import { hashPassword } from '@/lib/auth/password';
import { hotp, stepAt, TEST_TOTP_SECRET, totpAt } from '../support/totp';
import { makeSession, makeUser, TEST_PASSWORD } from '../support/users';

let ipCounter = 0;
const client = () => ({ ip: `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`, userAgent: 'vitest' });
const STEP_MS = 30_000;

const credentialRows = (userId: number) => db.select().from(mfaCredentials).where(eq(mfaCredentials.userId, userId));

async function sessionCount(userId: number): Promise<number> {
  return (await db.select().from(sessions).where(eq(sessions.userId, userId))).length;
}

async function auditCount(
  action: 'mfa.challenge_failed' | 'mfa.recovery_code_used' | 'mfa.enrolled' | 'mfa.reset' | 'auth.new_device',
  userId: number,
): Promise<number> {
  return (
    await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.actorUserId, userId)))
  ).length;
}

/** Signs a fresh, not yet enrolled admin through enrolment; answers their secret and recovery codes. */
async function enrolledByHand() {
  const user = await makeUser('admin', TEST_PASSWORD, { mfa: false });
  const { secret } = await startEnrolment(user);
  const enrolmentCode = totpAt(secret);
  const recoveryCodes = await confirmEnrolment(user.id, enrolmentCode, client());
  return { user, secret, recoveryCodes, enrolmentCode };
}

function cookieJar(initial: Record<string, string> = {}): SignInCookies & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return { values, get: (name) => values.get(name), set: (name, value) => values.set(name, value), delete: (name) => values.delete(name) };
}

const request = () => new Request('http://127.0.0.1/api/auth/callback/credentials', { method: 'POST', headers: { 'user-agent': 'vitest' } });

describe('TOTP agrees with an independent RFC 6238 computation', () => {
  it('the test helper reproduces the RFC 6238 SHA-1 vectors (6-digit truncation of 94287082, 07081804, …)', () => {
    // RFC 6238 appendix B, secret "12345678901234567890" (base32 GEZDGNBVGY3TQOJQ…), T0 = 0, X = 30.
    expect(totpAt(TEST_TOTP_SECRET, 59_000)).toBe('287082');
    expect(totpAt(TEST_TOTP_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpAt(TEST_TOTP_SECRET, 1_234_567_890_000)).toBe('005924');
    expect(totpAt(TEST_TOTP_SECRET, 20_000_000_000_000)).toBe('353130');
  });

  it('the portal accepts the independent code of the current step and the steps either side, never three steps back', () => {
    const now = Date.now();
    for (const offset of [-1, 0, 1]) expect(matchingStep(TEST_TOTP_SECRET, totpAt(TEST_TOTP_SECRET, now + offset * STEP_MS), now)).toBe(stepAt(now) + offset);
    for (const offset of [-3, -2, 2, 3]) expect(matchingStep(TEST_TOTP_SECRET, totpAt(TEST_TOTP_SECRET, now + offset * STEP_MS), now)).toBeNull();
    expect(matchingStep(TEST_TOTP_SECRET, 'abcdef', now)).toBeNull();
  });
});

describe('enrolment', () => {
  it('stores the secret encrypted (not the plain secret), bound to its user, and confirms only with a valid code', async () => {
    const user = await makeUser('technician', TEST_PASSWORD, { mfa: false });
    const { secret, uri } = await startEnrolment(user);
    expect(uri).toContain(`secret=${secret}`);
    expect((await startEnrolment(user)).secret).toBe(secret);
    const [row] = await credentialRows(user.id);
    expect(row.confirmedAt).toBeNull();
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.secretEncrypted.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(row.secretEncrypted).not.toContain(Buffer.from(secret).toString('base64'));
    expect(openSecret(user.id, row.secretEncrypted)).toBe(secret);
    expect(() => openSecret(user.id + 1, row.secretEncrypted)).toThrow();

    await expect(confirmEnrolment(user.id, '000000' === totpAt(secret) ? '111111' : '000000', client())).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      status: 400,
    });
    const codes = await confirmEnrolment(user.id, totpAt(secret), client());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored.some((s) => s.codeHash.includes(code.replace('-', '')))).toBe(false);
    expect(await auditCount('mfa.enrolled', user.id)).toBe(1);
    await expect(startEnrolment(user)).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
  });
});

describe('sign-in with a second factor', () => {
  it('a correct password alone creates no session: it answers a 5-minute ticket for the code step', async () => {
    const { user, secret } = await enrolledByHand();
    const first = await authenticate(user.username, TEST_PASSWORD, client());
    if (first.ok || !first.pendingTicket) throw new Error('expected the second step');
    expect(first.reason).toBe('second_factor');
    expect(await sessionCount(user.id)).toBe(0);
    expect(readPendingSignIn(first.pendingTicket)).toBe(user.id);
    expect(readPendingSignIn(first.pendingTicket, Date.now() + PENDING_SIGN_IN_SECONDS * 1000 + 1)).toBeNull();
    expect(readPendingSignIn(`${first.pendingTicket.slice(0, -2)}xx`)).toBeNull();

    const second = await completeSecondStep(first.pendingTicket, { code: totpAt(secret, Date.now() + STEP_MS) }, client());
    expect(second.ok).toBe(true);
    expect(await sessionCount(user.id)).toBe(1);
  });

  it('refuses a replayed code and a code from three steps ago; accepts the next step once', async () => {
    const { user, secret, enrolmentCode } = await enrolledByHand();
    expect(await authenticate(user.username, TEST_PASSWORD, client(), { code: enrolmentCode })).toMatchObject({ ok: false, reason: 'invalid_code' });
    expect(await authenticate(user.username, TEST_PASSWORD, client(), { code: totpAt(secret, Date.now() - 3 * STEP_MS) })).toMatchObject({
      ok: false,
      reason: 'invalid_code',
    });
    const next = totpAt(secret, Date.now() + STEP_MS);
    expect((await authenticate(user.username, TEST_PASSWORD, client(), { code: next })).ok).toBe(true);
    expect(await authenticate(user.username, TEST_PASSWORD, client(), { code: next })).toMatchObject({ ok: false, reason: 'invalid_code' });
    expect(await sessionCount(user.id)).toBe(1);
    expect(await auditCount('mfa.challenge_failed', user.id)).toBe(3);
  });

  it('a code from the previous step still signs in (clock skew) when that step was not used', async () => {
    const user = await makeUser('admin');
    const result = await authenticate(user.username, TEST_PASSWORD, client(), { code: hotp(TEST_TOTP_SECRET, stepAt(Date.now()) - 1) });
    expect(result.ok).toBe(true);
  });

  it('each recovery code works once, and its use is audited', async () => {
    const { user, recoveryCodes } = await enrolledByHand();
    const [a, b] = recoveryCodes;
    expect((await authenticate(user.email, TEST_PASSWORD, client(), { recoveryCode: a.toUpperCase() })).ok).toBe(true);
    expect(await authenticate(user.email, TEST_PASSWORD, client(), { recoveryCode: a })).toMatchObject({ ok: false, reason: 'invalid_code' });
    expect((await authenticate(user.email, TEST_PASSWORD, client(), { recoveryCode: ` ${b.replace('-', '')} ` })).ok).toBe(true);
    expect(await auditCount('mfa.recovery_code_used', user.id)).toBe(2);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'mfa.recovery_code_used'), eq(auditEvents.actorUserId, user.id)))
      .orderBy(auditEvents.id)
      .limit(1);
    expect(event.detail).toEqual({ remaining: 9 });
  });

  it('regenerating recovery codes kills the old ones', async () => {
    const { user, secret, recoveryCodes } = await enrolledByHand();
    const fresh = await regenerateRecoveryCodes(user.id, totpAt(secret, Date.now() + STEP_MS), client());
    expect(await authenticate(user.email, TEST_PASSWORD, client(), { recoveryCode: recoveryCodes[0] })).toMatchObject({ ok: false, reason: 'invalid_code' });
    expect((await authenticate(user.email, TEST_PASSWORD, client(), { recoveryCode: fresh[0] })).ok).toBe(true);
  });

  it('locks the second step after LOGIN_MAX_ATTEMPTS wrong codes, even for the right code next', async () => {
    const user = await makeUser('admin');
    const right = totpAt(TEST_TOTP_SECRET);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < env.LOGIN_MAX_ATTEMPTS; i++)
      expect(await authenticate(user.username, TEST_PASSWORD, client(), { code: wrong })).toMatchObject({ ok: false, reason: 'invalid_code' });
    const locked = await authenticate(user.username, TEST_PASSWORD, client(), { code: right });
    expect(locked).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(locked.ok === false && locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('a ticket dies with a password change', async () => {
    const user = await makeUser('technician');
    const first = await authenticate(user.username, TEST_PASSWORD, client());
    if (first.ok || !first.pendingTicket) throw new Error('expected the second step');
    await updateUser(user.id, { passwordHash: await hashPassword('another long passphrase 7') });
    expect(await completeSecondStep(first.pendingTicket, { code: totpAt(TEST_TOTP_SECRET) }, client())).toMatchObject({ ok: false, reason: 'expired' });
  });
});

describe("the credentials provider's authorize()", () => {
  it('never makes a session from a password alone for an enrolled user; the ticket cookie and a code do', async () => {
    const user = await makeUser('admin');
    const jar = cookieJar();
    await expect(authorizeCredentials({ identifier: user.username, password: TEST_PASSWORD }, request(), jar)).rejects.toMatchObject({ code: 'second_factor' });
    expect(await sessionCount(user.id)).toBe(0);
    expect(jar.values.get(PENDING_SIGN_IN_COOKIE)).toBeTruthy();

    await expect(authorizeCredentials({ method: 'code', code: '12345' }, request(), jar)).rejects.toMatchObject({ code: 'invalid_code' });
    await expect(authorizeCredentials({ method: 'code', code: totpAt(TEST_TOTP_SECRET) }, request(), cookieJar())).rejects.toMatchObject({ code: 'expired' });
    const signedIn = await authorizeCredentials({ method: 'code', code: totpAt(TEST_TOTP_SECRET) }, request(), jar);
    expect(signedIn).toMatchObject({ id: String(user.id), role: 'admin' });
    expect(jar.values.has(PENDING_SIGN_IN_COOKIE)).toBe(false);
    expect(await sessionCount(user.id)).toBe(1);
  });

  it('signs a customer in with the password alone, and a code alongside the password for staff', async () => {
    const customer = await makeUser('customer');
    expect(await authorizeCredentials({ identifier: customer.username, password: TEST_PASSWORD }, request(), cookieJar())).toMatchObject({ role: 'customer' });
    const admin = await makeUser('admin');
    const oneShot = await authorizeCredentials(
      { identifier: admin.username, password: TEST_PASSWORD, method: 'code', code: totpAt(TEST_TOTP_SECRET) },
      request(),
      cookieJar(),
    );
    expect(oneShot).toMatchObject({ role: 'admin' });
  });

  it('marks the token of staff who still owe enrolment (the proxy sends them to enrol), and nobody else', async () => {
    const signIn = async (user: { username: string }) => authorizeCredentials({ identifier: user.username, password: TEST_PASSWORD }, request(), cookieJar());
    expect(await signIn(await makeUser('technician', TEST_PASSWORD, { mfa: false }))).toMatchObject({ role: 'technician', enrol: true });
    expect(await signIn(await makeUser('customer'))).toMatchObject({ role: 'customer', enrol: false });
    const enrolled = await makeUser('admin');
    const oneShot = await authorizeCredentials(
      { identifier: enrolled.username, password: TEST_PASSWORD, method: 'code', code: totpAt(TEST_TOTP_SECRET) },
      request(),
      cookieJar(),
    );
    expect(oneShot).toMatchObject({ role: 'admin', enrol: false });
  });

  it('a browser the account has not used before is announced (audited); a known one and the very first are not', async () => {
    const user = await makeUser('customer');
    const laptop = cookieJar();
    await authorizeCredentials({ identifier: user.username, password: TEST_PASSWORD }, request(), laptop);
    const deviceId = laptop.values.get('sp_device');
    expect(deviceId).toBeTruthy();
    await authorizeCredentials({ identifier: user.username, password: TEST_PASSWORD }, request(), laptop);
    expect(await auditCount('auth.new_device', user.id)).toBe(0);
    await authorizeCredentials({ identifier: user.username, password: TEST_PASSWORD }, request(), cookieJar());
    expect(await auditCount('auth.new_device', user.id)).toBe(1);
    const devices = await db.select().from(knownDevices).where(eq(knownDevices.userId, user.id));
    expect(devices).toHaveLength(2);
    expect(devices.some((d) => d.deviceHash === deviceId)).toBe(false);
  });
});

describe('policy, reset and turning off', () => {
  it('a staff user whose role requires 2FA and who has none is refused everywhere but enrolment', async () => {
    const admin = await makeUser('admin', TEST_PASSWORD, { mfa: false });
    const claims = (sid: string) => ({ userId: admin.id, role: admin.role, sessionId: sid, expiresAt: Date.now() + 3_600_000 });
    const sid = await makeSession(admin.id);
    expect(await checkAccess(claims(sid), null)).toEqual({ ok: false, status: 403, enrol: true });
    const { secret } = await startEnrolment(admin);
    await confirmEnrolment(admin.id, totpAt(secret), client());
    expect((await checkAccess(claims(sid), 'admin')).ok).toBe(true);
    const manager = await makeUser('management');
    expect((await checkAccess({ ...claims(await makeSession(manager.id)), userId: manager.id, role: 'management' }, 'management')).ok).toBe(true);
  });

  it('an admin resets another user’s 2FA: sessions end, audited, the user enrols again; never their own', async () => {
    const admin = await makeUser('admin');
    const technician = await makeUser('technician');
    const sid = await makeSession(technician.id);
    const actor = { id: admin.id, username: admin.username, ip: '10.0.0.5' };
    await expect(resetMfa(actor, admin.id)).rejects.toMatchObject({ status: 403 });
    expect(await resetMfa(actor, technician.id)).toContain(technician.username);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, sid));
    expect(row.revokedAt).not.toBeNull();
    expect(await credentialRows(technician.id)).toHaveLength(0);
    expect(await auditCount('mfa.reset', admin.id)).toBe(1);
    await expect(resetMfa(actor, technician.id)).rejects.toMatchObject({ status: 409 });
    // Signing in now gives a session that is sent to enrol (the role requires 2FA).
    const signedIn = await authenticate(technician.username, TEST_PASSWORD, client());
    if (!signedIn.ok) throw new Error(signedIn.reason);
    const access = await checkAccess(
      { userId: technician.id, role: 'technician', sessionId: signedIn.sessionId, expiresAt: Date.now() + 60_000 },
      'technician',
    );
    expect(access).toEqual({ ok: false, status: 403, enrol: true });
  });

  it('turning 2FA off needs the current password and a current code', async () => {
    const user = await makeUser('management', TEST_PASSWORD, { mfa: true });
    const code = totpAt(TEST_TOTP_SECRET);
    await expect(disableMfa(user.id, 'not the password', { code }, client())).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Current password is incorrect.',
    });
    await expect(disableMfa(user.id, TEST_PASSWORD, { code: code === '000000' ? '111111' : '000000' }, client())).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'That code is not right, or it was already used.',
    });
    await disableMfa(user.id, TEST_PASSWORD, { code }, client());
    expect(await credentialRows(user.id)).toHaveLength(0);
    expect((await authenticate(user.username, TEST_PASSWORD, client())).ok).toBe(true);
  });

  it('the last active admin turns 2FA off only with a recovery code', async () => {
    const { user, secret, recoveryCodes } = await enrolledByHand();
    const others = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, user.id)));
    const setStatus = (status: 'active' | 'disabled') =>
      db
        .update(users)
        .set({ status })
        .where(inArray(users.id, [0, ...others.map((o) => o.id)]));
    await setStatus('disabled');
    try {
      await expect(disableMfa(user.id, TEST_PASSWORD, { code: totpAt(secret, Date.now() + STEP_MS) }, client())).rejects.toMatchObject({
        code: 'FORBIDDEN',
        status: 403,
      });
      expect(await credentialRows(user.id)).toHaveLength(1);
      await disableMfa(user.id, TEST_PASSWORD, { recoveryCode: recoveryCodes[0] }, client());
      expect(await credentialRows(user.id)).toHaveLength(0);
    } finally {
      await setStatus('active');
    }
  });
});
