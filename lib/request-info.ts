/** Why: audit rows, sessions and throttling all need the caller's IP and user agent, read the same way. */
export type ClientInfo = { ip: string | null; userAgent: string | null };

export function clientInfo(headers: Headers): ClientInfo {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip') || null;
  return { ip: ip ? ip.slice(0, 45) : null, userAgent: headers.get('user-agent')?.slice(0, 500) ?? null };
}
