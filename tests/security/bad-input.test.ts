import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obliterateQueue, startApp, type App } from './support/app';
import { dropDatabases, queueJob, seedSource, signedInAdmin } from './support/admin-api';
import type { CookieJar } from './support/http';

function nested(depth: number): string {
  let text = '{"n": 1}';
  for (let i = 0; i < depth; i++) text = `{"$and": [${text}]}`;
  return text;
}

describe('bad input gets a 4xx with a clear message, never a 500 (over HTTP)', () => {
  let app: App;
  let jar: CookieJar;
  beforeAll(async () => {
    await seedSource();
    app = await startApp(8);
    jar = await signedInAdmin(app);
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await obliterateQueue(app.prefix);
    await dropDatabases();
  });

  it.each([
    ['filter', '{"a": {"_bsontype": "Code", "code": "1"}}'],
    ['filter', '{"_bsontype": "ObjectId", "id": "x"}'],
    ['projection', '{"a": {"_bsontype": "Int32", "value": 1}}'],
  ])('a _bsontype key in the %s: 422', async (field, text) => {
    const { status, body } = await queueJob(app, jar, { [field]: text });
    expect(status).toBe(422);
    expect(body.fieldErrors?.[field]?.join(' ')).toMatch(/_bsontype/);
  });

  it('a filter nested 1,000 levels deep: 422 naming the limit', async () => {
    const { status, body } = await queueJob(app, jar, { filter: nested(1000) });
    expect(status).toBe(422);
    expect(body.fieldErrors?.filter?.join(' ')).toMatch(/more than 20 levels/);
    expect((await queueJob(app, jar, { filter: nested(5), targetCollection: 'nested_ok' })).status).toBe(201);
  });

  it.each([
    ['a'.repeat(100_000), /at most 100 characters/],
    ['a.$b', /field path/],
    ['a..b', /field path/],
    ['.a', /field path/],
  ])('watermarkField %#: 422', async (watermarkField, message) => {
    const { status, body } = await queueJob(app, jar, { mode: 'incremental', watermarkField });
    expect(status).toBe(422);
    expect(body.fieldErrors?.watermarkField?.join(' ')).toMatch(message);
  });

  it('a server-action body over the configured limit: 413', async () => {
    const body = new Uint8Array(4 * 1024 * 1024);
    const response = await fetch(`${app.url}/signup`, {
      method: 'POST',
      headers: { 'next-action': 'deadbeef', origin: app.url, 'content-type': 'text/plain;charset=UTF-8' },
      body,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 3 MB/);
  });

  it.each([
    ['TRACE', '/login', 'GET, HEAD, POST'],
    ['TRACE', '/api/health', 'GET, HEAD, POST, DELETE, OPTIONS'],
    ['PUT', '/login', 'GET, HEAD, POST'],
    ['DELETE', '/profile', 'GET, HEAD, POST'],
    ['PATCH', '/', 'GET, HEAD, POST'],
  ])('%s %s: 405 with Allow', async (method, pathname, allow) => {
    const { status, headers } = await rawRequest(app.url, method, pathname);
    expect(status).toBe(405);
    expect(headers.allow).toBe(allow);
  });
});

/** fetch() refuses to send TRACE, so these go through node:http as any other client would. */
async function rawRequest(base: string, method: string, pathname: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}
