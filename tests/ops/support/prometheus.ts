/** Why: tests read the metrics route's answer as a scraper would: one sample per line, `name{labels} value`. */
export function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    map.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return map;
}

export async function scrape(url: string, token: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`metrics answered ${response.status}: ${await response.text()}`);
  return samples(await response.text());
}
