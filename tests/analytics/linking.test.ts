import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsDb } from '@/lib/analytics/mongo';
import { findCustomersForLink, linkCustomer, linkCustomerRecord, unlinkCustomerRecord } from '@/lib/analytics/linking';
import { findUserById } from '@/lib/db/queries/users';
import { closeMongoClient } from '@/lib/mongo/client';
import { insertCustomer, makeCustomerUser } from './support';

const unique = () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

beforeAll(async () => (await analyticsDb()).dropDatabase());
afterAll(async () => {
  await (await analyticsDb()).dropDatabase();
  await closeMongoClient();
});

describe('linking a portal customer to an analytics customer', () => {
  it('links a verified customer whose email matches, and stores the link in MySQL', async () => {
    const user = await makeCustomerUser({ verified: true });
    const record = await insertCustomer(user.email, []);
    const state = await linkCustomer(user.id);
    expect(state).toMatchObject({ state: 'linked', customerId: `{"$oid":"${record._id.toHexString()}"}` });
    const stored = await findUserById(user.id);
    expect(stored?.analyticsCustomerId).toBe(`{"$oid":"${record._id.toHexString()}"}`);
    expect(stored?.analyticsUsername).toBe(`c${record._id.toHexString().slice(-8)}`);
  });

  it('never links an unverified email, even when a record matches', async () => {
    const user = await makeCustomerUser({ verified: false });
    await insertCustomer(user.email, []);
    expect(await linkCustomer(user.id)).toEqual({ state: 'unverified' });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBeNull();
  });

  it('matches the email case-insensitively (portal address in another case than the record)', async () => {
    const name = unique();
    const user = await makeCustomerUser({ verified: true, email: `${name}.Mixed@Example.COM` });
    const record = await insertCustomer(`${name}.mixed@example.com`, []);
    expect(await linkCustomer(user.id)).toMatchObject({ state: 'linked', customerId: `{"$oid":"${record._id.toHexString()}"}` });
  });

  it('explains a verified email that no record has', async () => {
    const user = await makeCustomerUser({ verified: true });
    expect(await linkCustomer(user.id)).toEqual({ state: 'no-match', email: user.email });
    expect((await findUserById(user.id))?.analyticsCustomerId).toBeNull();
  });

  it('refuses to guess between two records with the same email', async () => {
    const user = await makeCustomerUser({ verified: true });
    await insertCustomer(user.email, []);
    await insertCustomer(user.email, []);
    expect(await linkCustomer(user.id)).toMatchObject({ state: 'ambiguous', count: 2 });
  });

  it('lets an admin find a record and link or unlink it by hand', async () => {
    const user = await makeCustomerUser({ verified: false });
    const email = `${unique()}@elsewhere.test`;
    const record = await insertCustomer(email, []);
    const [found] = await findCustomersForLink(email.toUpperCase());
    expect(found.id).toBe(`{"$oid":"${record._id.toHexString()}"}`);
    await linkCustomerRecord(user.id, found.id);
    expect(await linkCustomer(user.id)).toMatchObject({ state: 'linked', customerId: found.id });
    await unlinkCustomerRecord(user.id);
    expect(await linkCustomer(user.id)).toEqual({ state: 'unverified' });
    await expect(linkCustomerRecord(user.id, '{"$oid":"000000000000000000000000"}')).rejects.toMatchObject({ status: 404 });
  });
});
