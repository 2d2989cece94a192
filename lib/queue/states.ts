/**
 * Why: "which job state allows which operation" written once. The queue commands (job-commands.ts) refuse with these rules (409),
 * the buttons show only what the state allows, and the tests read the same table. Client-safe (no imports
 * beyond types) so buttons can ask it too.
 */
import type { SyncJobState } from './types';

export const JOB_OPERATIONS = ['cancel', 'retry', 'run-again', 'remove'] as const;
export type JobOperation = (typeof JOB_OPERATIONS)[number];

const UNFINISHED: readonly SyncJobState[] = ['waiting', 'active', 'delayed', 'prioritized'];

const RULES: Record<JobOperation, { states: readonly SyncJobState[]; rule: string }> = {
  cancel: { states: UNFINISHED, rule: 'only waiting or active jobs can be cancelled' },
  retry: { states: ['failed', 'cancelled'], rule: 'only failed or cancelled jobs can be retried' },
  'run-again': { states: ['completed'], rule: 'only completed jobs can be run again' },
  remove: { states: ['waiting', 'delayed', 'prioritized', 'completed', 'failed', 'cancelled'], rule: 'a running job cannot be removed; cancel it first' },
};

export function allows(state: SyncJobState | string, operation: JobOperation): boolean {
  return (RULES[operation].states as readonly string[]).includes(state);
}

/** The sentence a 409 gives when the state does not allow the operation. */
export function stateRule(operation: JobOperation): string {
  return RULES[operation].rule;
}
