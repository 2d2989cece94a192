import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, formatDay, formatInstant, formatMonthKey } from '@/lib/format-time';

describe('the one date format', () => {
  it('writes instants as day, short month, year and UTC time with seconds', () => {
    expect(formatInstant(Date.UTC(2026, 8, 29, 7, 5, 9))).toBe('29 Sep 2026, 07:05:09 UTC');
    expect(formatInstant(new Date('2026-12-03T17:23:55.900Z'))).toBe('3 Dec 2026, 17:23:55 UTC');
  });
  it('writes calendar days as the date part of the same format', () => {
    expect(formatDay(new Date('2026-12-31T23:59:59Z'))).toBe('31 Dec 2026');
    expect(formatMonthKey('2026-09')).toBe('Sep 2026');
    expect(formatMonthKey('2026-13'), 'not a month: left as it came').toBe('2026-13');
  });
  it('has one pattern that both match and other formats do not', () => {
    for (const text of [formatInstant(Date.now()), formatDay(Date.now()), formatMonthKey('2026-11')]) expect(text).toMatch(DATE_PATTERN);
    for (const text of ['2026-12-03 17:16 UTC', '5:22:47 PM', '29 Sept 2026', '2026-12-03T17:16:00.000Z', '2026-11', 'Nov 2026, 17:16:00 UTC'])
      expect(text).not.toMatch(DATE_PATTERN);
  });
});
