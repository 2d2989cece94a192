/**
 * Why: lib/queue/states.ts is the one table of which job state allows which operation; the queue commands refuse
 * with it (409) and the job buttons show only what it allows. This test writes the table out for every state ×
 * operation and asks the same `allows()`, so a change to the rules fails here first.
 */
import { describe, expect, it } from 'vitest';
import { allows, JOB_OPERATIONS, stateRule, type JobOperation } from '@/lib/queue/states';
import { SYNC_JOB_STATES, type SyncJobState } from '@/lib/queue/types';

const STATES: readonly SyncJobState[] = [...SYNC_JOB_STATES, 'unknown'];

const ALLOWED_IN: Record<JobOperation, readonly SyncJobState[]> = {
  cancel: ['waiting', 'active', 'delayed', 'prioritized'],
  retry: ['failed', 'cancelled'],
  'run-again': ['completed'],
  remove: ['waiting', 'delayed', 'prioritized', 'completed', 'failed', 'cancelled'],
};

const cases = JOB_OPERATIONS.flatMap((operation) => STATES.map((state) => [operation, state, ALLOWED_IN[operation].includes(state)] as const));

describe('job states: every state × operation', () => {
  it.each(cases)('%s a job that is %s: %s', (operation, state, allowed) => {
    expect(allows(state, operation)).toBe(allowed);
  });

  it.each(JOB_OPERATIONS)('%s: a refusal says which states allow it', (operation) => {
    expect(stateRule(operation)).toMatch(operation === 'remove' ? /running job cannot be removed/ : /^only /);
  });
});
