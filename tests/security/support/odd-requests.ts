/**
 * Why: the odd-input and fuzz tests send what fetch() will not (an asterisk target, TRACE, a chunked body with
 * headers of their choosing) through node:http, and check every refusal the same way.
 */
import { request } from 'node:http';
import { expect } from 'vitest';

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined> };

/**
 * Sends one request as written (the target is not normalised; a body has a Content-Length unless the headers ask for
 * chunks) and reads only the status and headers (an event stream never ends).
 */
export async function rawRequest(
  base: string,
  method: string,
  target: string,
  { headers = {}, chunks = [] }: { headers?: Record<string, string>; chunks?: (string | Buffer)[] } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  const length = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
  const sized = chunks.length === 0 || 'transfer-encoding' in headers ? headers : { 'content-length': String(length), ...headers };
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: target, headers: sized }, (res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      res.destroy();
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

export function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
}

/** The id of the first server action a page's form names (what a fetch-style call sends as Next-Action). */
export async function formActionId(pageUrl: string, cookie = ''): Promise<string> {
  const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const id = /\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1] ?? /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  if (!id) throw new Error(`no server action on ${pageUrl}`);
  return id;
}
