import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMongoClient } from '@/lib/mongo/client';
import { LANE_SUFFIX } from '../support/lane';
import { obliterateQueue, startApp, type App } from './support/app';
import { dropDatabases, queueJob, seedSource, signedInAdmin, SOURCE_DB } from './support/admin-api';
import type { CookieJar } from './support/http';

const EXISTING = `Test_Sec_Case${LANE_SUFFIX}`;

describe('namespaces MongoDB would refuse, or that are dangerous, are refused before queueing (over HTTP)', () => {
  let app: App;
  let jar: CookieJar;
  beforeAll(async () => {
    await seedSource();
    await (await getMongoClient()).db(EXISTING).collection('present').insertOne({ here: true });
    app = await startApp(9);
    jar = await signedInAdmin(app);
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await obliterateQueue(app.prefix);
    await dropDatabases(EXISTING);
  });

  it.each([
    ['sourceDb', 'admin'],
    ['sourceDb', 'Admin'],
    ['sourceDb', 'LOCAL'],
    ['targetDb', 'config'],
    ['targetDb', 'cOnFiG'],
    ['targetDb', 'admin'],
    ['targetDb', ''],
    ['targetDb', 'a$b'],
    ['targetDb', 'a\u0000b'],
    ['targetDb', 'a/b'],
    ['targetDb', 'a\\b'],
    ['targetDb', 'a.b'],
    ['targetDb', 'a b'],
    ['targetDb', 'a"b'],
    ['targetDb', 'a*b'],
    ['targetDb', 'a<b'],
    ['targetDb', 'a:b'],
    ['targetDb', 'a|b'],
    ['targetDb', 'a?b'],
    ['targetDb', 'd'.repeat(64)],
    ['sourceCollection', 'system.users'],
    ['targetCollection', 'system.views'],
    ['targetCollection', 'System.js'],
    ['targetCollection', ''],
    ['targetCollection', 'a$b'],
    ['targetCollection', 'a\u0000b'],
    ['targetCollection', 'a.'],
    ['targetCollection', 'a..b'],
    ['targetCollection', 'c'.repeat(121)],
  ])('%s %j: 422', async (field, name) => {
    const { status, body } = await queueJob(app, jar, { [field]: name });
    expect(status).toBe(422);
    expect(body.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });

  it('a target database differing only in case from an existing one: 422 naming it', async () => {
    const { status, body } = await queueJob(app, jar, { targetDb: EXISTING.toLowerCase() });
    expect(status).toBe(422);
    expect(body.error).toContain(`"${EXISTING}"`);
    expect(body.fieldErrors?.targetDb?.join(' ')).toContain(`"${EXISTING}"`);
  });

  it('the existing database under its own name, or a new name, is accepted', async () => {
    expect((await queueJob(app, jar, { targetDb: EXISTING, targetCollection: 'copy' })).status).toBe(201);
    expect((await queueJob(app, jar, { targetDb: `${SOURCE_DB}_new`, targetCollection: 'copy' })).status).toBe(201);
  });
});
