import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { linkCustomerAccount, unlinkCustomerAccount } from '@/lib/accounts/link-customer';
import { linkOwnRecord, NO_MATCHING_RECORD } from '@/lib/accounts/link-own-record';
import { analyticsDb } from '@/lib/analytics/mongo';
import { findCustomersForLink, linkStateOf } from '@/lib/analytics/linking';
import { db } from '@/lib/db';
import { auditEvents } from '@/lib/db/schema';
import { findUserById } from '@/lib/db/queries/users';
import { closeEmailQueue, getEmailQueue } from '@/lib/mail/queue';
import { closeMongoClient } from '@/lib/mongo/client';
import { makeUser } from '../support/users';
import { queuedMailTo } from '../accounts/support';
import { insertCustomer, makeCustomerUser } from './support';

const unique = () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
const BORN = { birthdate: new Date('1980-05-17T13:45:00Z') };
const ONE_ACCOUNT = [{ products: ['Brokerage'], limit: 10000, buckets: [] }];
const lastAudit = async (userId: number) =>
  (
    await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.target, `user:${userId}`))
      .orderBy(desc(auditEvents.id))
      .limit(1)
  )[0];

beforeAll(async () => (await analyticsDb()).dropDatabase());
afterAll(async () => {
  await (await analyticsDb()).dropDatabase();
  await closeMongoClient();
  await getEmailQueue().obliterate({ force: true });
  await closeEmailQueue();
});

describe('a customer links their own record with proof from it', () => {
  it('links with an account number of the record and its birth date, stores the link in MySQL, and audits it', async () => {
    const user = await makeCustomerUser({ verified: true });
    const record = await insertCustomer(user.email, ONE_ACCOUNT, BORN);
    const actor = { id: user.id, username: user.username, ip: null };
    expect(await linkOwnRecord(actor, { accountNumber: record.accountIds[0], birthDate: '1980-05-17' })).toContain('linked');
    const stored = await findUserById(user.id);
    expect(stored?.analyticsCustomerId).toBe(`{"$oid":"${record._id.toHexString()}"}`);
    expect(stored?.analyticsUsername).toBe(`c${record._id.toHexString().slice(-8)}`);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'customer.linked', detail: { rule: 'account number and birth date' } });
  });

  it('refuses a wrong birth date or account number (audited), and a record under another email even with the right pair', async () => {
    const user = await makeCustomerUser({ verified: true });
    const record = await insertCustomer(user.email, ONE_ACCOUNT, BORN);
    const other = await insertCustomer(`${unique()}@elsewhere.test`, ONE_ACCOUNT, BORN);
    const actor = { id: user.id, username: user.username, ip: null };
    await expect(linkOwnRecord(actor, { accountNumber: record.accountIds[0], birthDate: '1980-05-18' })).rejects.toThrow(NO_MATCHING_RECORD);
    expect(await lastAudit(user.id)).toMatchObject({ action: 'customer.link_failed' });
    await expect(linkOwnRecord(actor, { accountNumber: record.accountIds[0] + 1, birthDate: '1980-05-17' })).rejects.toMatchObject({ status: 400 });
    await expect(linkOwnRecord(actor, { accountNumber: other.accountIds[0], birthDate: '1980-05-17' })).rejects.toMatchObject({ status: 400 });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBeNull();
  });

  it('never links an unverified email, even with the right proof', async () => {
    const user = await makeCustomerUser({ verified: false });
    const record = await insertCustomer(user.email, ONE_ACCOUNT, BORN);
    await expect(
      linkOwnRecord({ id: user.id, username: user.username, ip: null }, { accountNumber: record.accountIds[0], birthDate: '1980-05-17' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBeNull();
  });

  it('matches the email case-insensitively (portal address in another case than the record)', async () => {
    const name = unique();
    const user = await makeCustomerUser({ verified: true, email: `${name}.Mixed@Example.COM` });
    const record = await insertCustomer(`${name}.mixed@example.com`, ONE_ACCOUNT, BORN);
    await linkOwnRecord({ id: user.id, username: user.username, ip: null }, { accountNumber: record.accountIds[0], birthDate: '1980-05-17' });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBe(`{"$oid":"${record._id.toHexString()}"}`);
  });

  it('opening the area links nothing: a verified email matching a record is only "unlinked"', async () => {
    const user = await makeCustomerUser({ verified: true });
    await insertCustomer(user.email, ONE_ACCOUNT, BORN);
    const stored = (await findUserById(user.id))!;
    expect(linkStateOf(stored)).toEqual({ state: 'unlinked', email: user.email });
    expect(linkStateOf({ ...stored, emailVerifiedAt: null })).toEqual({ state: 'unverified' });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBeNull();
  });
});

describe('an admin links by hand', () => {
  it('finds a record, links it (audited, the customer is emailed) and unlinks it', async () => {
    const admin = await makeUser('admin');
    const user = await makeCustomerUser({ verified: false });
    const email = `${unique()}@elsewhere.test`;
    const record = await insertCustomer(email, []);
    const [found] = await findCustomersForLink(email.toUpperCase());
    expect(found.id).toBe(`{"$oid":"${record._id.toHexString()}"}`);
    const actor = { id: admin.id, username: admin.username, ip: null };
    await linkCustomerAccount(actor, user.id, found.id);
    expect(linkStateOf((await findUserById(user.id))!)).toMatchObject({ state: 'linked', customerId: found.id });
    expect(await lastAudit(user.id)).toMatchObject({ action: 'user.customer_linked', actorUserId: admin.id });
    expect((await queuedMailTo(user.email)).map((m) => m.subject)).toContain('Your customer record was linked');
    await unlinkCustomerAccount(actor, user.id);
    expect(linkStateOf((await findUserById(user.id))!)).toEqual({ state: 'unverified' });
    await expect(linkCustomerAccount(actor, user.id, '{"$oid":"000000000000000000000000"}')).rejects.toMatchObject({ status: 404 });
  });
});
