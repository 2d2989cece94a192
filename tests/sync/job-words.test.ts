import { describe, expect, it } from 'vitest';
import { describeAttempts } from '@/lib/sync-jobs/attempts';
import { jobHref } from '@/lib/sync-jobs/job-href';
import { jobLabel, scheduleNameOf } from '@/lib/sync-jobs/job-label';

const at = new Date('2026-12-03T17:00:00Z');

describe('how a job is named and its attempts counted', () => {
  it('names a scheduled run after its schedule and run time, any other job by its number', () => {
    expect(jobLabel('repeat:schedule-17:1796319180000', 'Nightly customers')).toBe('Nightly customers at 3 Dec 2026, 17:33:00 UTC');
    expect(jobLabel('repeat:schedule-17:1796319180000', null)).toBe('Schedule 17 at 3 Dec 2026, 17:33:00 UTC');
    expect(jobLabel('35', 'ignored')).toBe('#35');
    expect(scheduleNameOf({ username: 'schedule:Nightly customers' })).toBe('Nightly customers');
    expect(scheduleNameOf({ username: 'demo.admin' })).toBeNull();
  });

  it('counts only started attempts, newest first, and names what the earlier ones ended as', () => {
    expect(describeAttempts([{ state: 'completed', startedAt: at }])).toBe('1 attempt, completed');
    expect(describeAttempts([{ state: 'queued', startedAt: null }])).toBe('not started yet (queued)');
    expect(
      describeAttempts([
        { state: 'active', startedAt: at },
        { state: 'failed', startedAt: at },
        { state: 'interrupted', startedAt: at },
        { state: 'failed', startedAt: at },
      ]),
    ).toBe('4 attempts, active (earlier: 2 failed, 1 interrupted)');
  });

  it("opens a job in the admin area for admins and on the technician's own page otherwise", () => {
    expect(jobHref('admin', 'repeat:schedule-1:5')).toBe('/admin/sync/repeat%3Aschedule-1%3A5');
    expect(jobHref('technician', '35')).toBe('/technician/jobs/35');
  });
});
