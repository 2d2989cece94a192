/** Why: the JSON API tests act as a signed-in admin against a real source collection on the MongoDB-wire server. */
import { closeMongoClient, getMongoClient } from '@/lib/mongo/client';
import { LANE_SUFFIX } from '../../support/lane';
import { TEST_TOTP_SECRET, totpAt } from '../../support/totp';
import { makeUser, TEST_PASSWORD } from '../../support/users';
import type { App } from './app';
import { fetchWith, signInOverHttp, type CookieJar } from './http';

export const SOURCE_DB = `test_sec${LANE_SUFFIX}`;

export async function seedSource(): Promise<void> {
  const mongo = await getMongoClient();
  await mongo
    .db(SOURCE_DB)
    .collection('source')
    .insertMany([{ n: 1 }, { n: 2 }]);
}

export async function dropDatabases(...names: string[]): Promise<void> {
  const mongo = await getMongoClient();
  for (const name of [SOURCE_DB, ...names]) await mongo.db(name).dropDatabase();
  await closeMongoClient();
}

export async function signedInAdmin(app: App): Promise<CookieJar> {
  const admin = await makeUser('admin');
  const { jar, ok } = await signInOverHttp(app.url, admin.username, TEST_PASSWORD, {}, { method: 'code', code: totpAt(TEST_TOTP_SECRET) });
  if (!ok) throw new Error('admin sign-in failed');
  return jar;
}

/** POST /api/admin/sync/jobs from the portal's own pages (a browser marks it Sec-Fetch-Site: same-origin; pass an Origin to test that path). */
export async function queueJob(
  app: App,
  jar: CookieJar,
  fields: Record<string, unknown>,
  sameOrigin: Record<string, string> = { 'sec-fetch-site': 'same-origin' },
): Promise<{ status: number; body: { id?: string; error?: string; fieldErrors?: Record<string, string[]> } }> {
  const response = await fetchWith(jar, `${app.url}/api/admin/sync/jobs`, {
    method: 'POST',
    headers: { ...sameOrigin, 'content-type': 'application/json' },
    body: JSON.stringify({ sourceDb: SOURCE_DB, sourceCollection: 'source', targetDb: SOURCE_DB, targetCollection: 'target', ...fields }),
  });
  return { status: response.status, body: await response.json() };
}
