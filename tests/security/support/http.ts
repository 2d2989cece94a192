/** Why: what a client without a browser does against the server: keep cookies, sign in through Auth.js's own routes. */

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function fetchWith(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (jar.header()) headers.set('cookie', jar.header());
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

/** Auth.js's CSRF token (double-submit: the same value sits in a cookie of the jar). */
export async function csrfToken(base: string, jar: CookieJar, headers: HeadersInit = {}): Promise<string> {
  const response = await fetchWith(jar, `${base}/api/auth/csrf`, { headers });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

export type SignInOutcome = { ok: boolean; code: string | null; location: string; jar: CookieJar; response: Response };

/**
 * POST /api/auth/callback/credentials as the Auth.js client does; `code` is the refusal (invalid, rate_limited:…).
 * `extra` adds fields, e.g. a second factor: { method: 'code', code }.
 */
export async function signInOverHttp(
  base: string,
  identifier: string,
  password: string,
  headers: Record<string, string> = {},
  extra: Record<string, string> = {},
  jar = new CookieJar(),
): Promise<SignInOutcome> {
  const token = await csrfToken(base, jar, headers);
  const fields = identifier ? { identifier, password, ...extra } : extra;
  const response = await fetchWith(jar, `${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ ...fields, csrfToken: token, callbackUrl: `${base}/profile` }),
  });
  const location = response.headers.get('location') ?? '';
  const refused = new URL(location, base).searchParams;
  const ok = !refused.has('error') && jar.header().includes('session-token');
  return { ok, code: refused.get('code'), location, jar, response };
}

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export type FormPoster = (fields: Record<string, string | Blob>) => Promise<{ status: number; html: string; location: string | null }>;

/**
 * Reads the page's form that has a field named `marker` the way a browser without JavaScript does (React's
 * progressive enhancement: the hidden $ACTION_* inputs name the server action) and returns a function that posts
 * it with the given fields (ready before the request, so two posts can be raced).
 */
export async function prepareForm(jar: CookieJar, pageUrl: string, marker: string): Promise<FormPoster> {
  const page = await (await fetchWith(jar, pageUrl)).text();
  const form = page.split('<form').find((chunk) => chunk.includes(`name="${marker}"`));
  if (!form) throw new Error(`no form with a "${marker}" field on ${pageUrl}`);
  const hidden = [...form.split('</form>')[0].matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)];
  return async (fields) => {
    const body = new FormData();
    for (const match of hidden) body.append(match[1], decodeEntities(match[2] ?? ''));
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    const response = await fetchWith(jar, pageUrl, { method: 'POST', body, headers: { origin: new URL(pageUrl).origin } });
    return { status: response.status, html: decodeEntities(await response.text()), location: response.headers.get('location') };
  };
}

/** Submits the page's form that has a field named `marker` and returns the page it answers. */
export async function submitForm(
  jar: CookieJar,
  pageUrl: string,
  marker: string,
  fields: Record<string, string | Blob>,
): Promise<{ status: number; html: string; location: string | null }> {
  return (await prepareForm(jar, pageUrl, marker))(fields);
}
