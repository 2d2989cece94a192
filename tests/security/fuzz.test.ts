/**
 * A bounded fuzz pass with a fixed seed: every page and API route of app/ (dynamic segments filled with odd
 * values), odd query values, odd JSON bodies and malformed server-action envelopes, anonymous and signed in.
 * No answer may be a 5xx, and every 4xx must carry the security headers.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../support/users';
import { startApp, type App } from './support/app';
import { signedInAdmin } from './support/admin-api';
import { signInOverHttp, type CookieJar } from './support/http';
import { formActionId, rawRequest, type RawResponse } from './support/odd-requests';

const SEED = 0x5eed_2026;
const REQUESTS = 250;
const APP_DIR = path.resolve(import.meta.dirname, '../../app');

const ODD_SEGMENTS = [
  '1',
  '0',
  '-1',
  '99999999999999999999',
  '%ff',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  '%2e%2e',
  'a%00b',
  'x'.repeat(300),
  '%7B%22%24ne%22%3Anull%7D',
];
const ODD_VALUES = [
  '__proto__',
  'toString',
  'constructor',
  'hasOwnProperty',
  '%ff',
  '',
  '-1',
  '1e999',
  'NaN',
  '[]',
  '{"$ne":null}',
  '//evil.example',
  'a'.repeat(3000),
];
const QUERY_KEYS = [
  'reason',
  'callbackUrl',
  'page',
  'pageSize',
  'token',
  'user',
  'customer',
  'period',
  'q',
  'state',
  'status',
  'sort',
  'created',
  'from',
  'to',
  'check',
];
const JSON_BODIES = [
  '{',
  'null',
  '[]',
  '"x"',
  '{"__proto__":{"admin":true}}',
  '{"sourceDb":{"$ne":null}}',
  '{"filter":"{\\"$where\\":\\"1\\"}"}',
  '{"id":{"_bsontype":"Code"}}',
];
const ENVELOPES: { type: string; body: string }[] = [
  { type: 'text/plain;charset=UTF-8', body: '0=not json' },
  { type: 'text/plain;charset=UTF-8', body: '[]' },
  { type: 'text/plain;charset=UTF-8', body: '{}' },
  { type: 'text/plain;charset=UTF-8', body: '[1,2,3]' },
  { type: 'text/plain;charset=UTF-8', body: '[{}, "$h1"]' },
  { type: 'text/plain;charset=UTF-8', body: '["$@1"]' },
  { type: 'text/plain;charset=UTF-8', body: '[{"a":"$T"}, "$K1"]' },
  { type: 'application/json', body: 'null' },
  { type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\nnot json\r\n--x--\r\n' },
  { type: 'multipart/form-data; boundary=x', body: '--x\r\nbroken' },
  {
    type: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--x\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"00","bound":"$Q9"}\r\n--x--\r\n',
  },
];

/** mulberry32: small, seeded, good enough to pick from lists. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Route patterns of app/ (route groups dropped), e.g. /admin/users/[id]. */
function routes(file: 'page.tsx' | 'route.ts', dir = APP_DIR, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === file) found.push(prefix || '/');
    if (!entry.isDirectory()) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
    found.push(...routes(file, path.join(dir, entry.name), `${prefix}${segment}`));
  }
  return found;
}

type Identity = { name: string; cookie: string };
type Probe = { method: string; target: string; headers: Record<string, string>; body?: string };

function planProbes(next: () => number, pages: string[], apis: string[], actionIds: string[], identities: Identity[]): (Probe & { who: string })[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const fill = (pattern: string) => pattern.replace(/\[(\.\.\.)?[^\]]+\]/g, () => pick(ODD_SEGMENTS));
  const query = () => (next() < 0.6 ? `?${pick(QUERY_KEYS)}=${encodeURIComponent(pick(ODD_VALUES))}` : '');
  const probes: (Probe & { who: string })[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const who = pick(identities);
    const headers: Record<string, string> = who.cookie ? { cookie: who.cookie } : {};
    const kind = next();
    if (kind < 0.4) probes.push({ who: who.name, method: pick(['GET', 'GET', 'HEAD']), target: `${fill(pick(pages))}${query()}`, headers });
    else if (kind < 0.7) {
      const method = pick(['GET', 'POST', 'DELETE', 'PUT']);
      const body = method === 'POST' || method === 'PUT' ? pick(JSON_BODIES) : undefined;
      const extra: Record<string, string> = body ? { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' } : {};
      probes.push({ who: who.name, method, target: `${fill(pick(apis))}${query()}`, headers: { ...headers, ...extra }, body });
    } else {
      const envelope = pick(ENVELOPES);
      const origin = next() < 0.2 ? 'https://evil.example' : 'SELF';
      probes.push({
        who: who.name,
        method: 'POST',
        target: fill(pick(pages)),
        headers: { ...headers, 'content-type': envelope.type, origin, ...(next() < 0.8 ? { 'next-action': pick(actionIds) } : {}) },
        body: envelope.body,
      });
    }
  }
  return probes;
}

describe('bounded fuzz: no 5xx, every 4xx with the security headers (over HTTP)', () => {
  let app: App;
  let identities: Identity[];
  let actionIds: string[];
  beforeAll(async () => {
    app = await startApp(11);
    const admin: CookieJar = await signedInAdmin(app);
    const customer = await makeUser('customer');
    const customerJar = (await signInOverHttp(app.url, customer.username, TEST_PASSWORD)).jar;
    identities = [
      { name: 'anonymous', cookie: '' },
      { name: 'admin', cookie: admin.header() },
      { name: 'customer', cookie: customerJar.header() },
    ];
    actionIds = [await formActionId(`${app.url}/login`), await formActionId(`${app.url}/admin/users/new`, admin.header()), 'deadbeef'.repeat(5)];
  });
  afterAll(() => app?.stop());

  it(
    `${REQUESTS} seeded requests over every page, API route and action envelope reach pages (2xx, 3xx) and refusals (4xx), never a 5xx`,
    { timeout: 60_000 },
    async () => {
      const pages = routes('page.tsx');
      const apis = routes('route.ts');
      expect(pages.length).toBeGreaterThan(20);
      expect(apis).toContain('/api/admin/sync/jobs/[id]/[action]');
      const failures: string[] = [];
      const classes = new Set<number>();
      for (const probe of planProbes(random(SEED), pages, apis, actionIds, identities)) {
        const headers = { ...probe.headers, ...(probe.headers.origin === 'SELF' ? { origin: app.url } : {}) };
        const response: RawResponse = await rawRequest(app.url, probe.method, probe.target, { headers, chunks: probe.body === undefined ? [] : [probe.body] });
        const described = `${probe.who} ${probe.method} ${probe.target.slice(0, 120)} ${probe.headers['next-action'] ? 'action ' : ''}${probe.body?.slice(0, 40) ?? ''} → ${response.status}`;
        classes.add(Math.floor(response.status / 100));
        if (response.status >= 500) failures.push(described);
        else if (response.status >= 400 && (response.headers['x-content-type-options'] !== 'nosniff' || response.headers['x-frame-options'] !== 'DENY'))
          failures.push(`${described} without the security headers`);
      }
      expect(failures).toEqual([]);
      expect([...classes].sort()).toEqual([2, 3, 4]);
    },
  );
});
