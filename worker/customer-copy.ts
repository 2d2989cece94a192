/**
 * Why: a run of a built-in customer copy (scheduled, run now or retried) is followed, in the same job, by the
 * SQL derivation of what the customer pages read from that copy (lib/analytics/customer-copy/derive.ts), so a
 * failed derivation shows on the run like a failed copy and is retried with it.
 */
import { customerCopyOf } from '../lib/analytics/customer-copy/specs';
import { deriveCustomerFigures } from '../lib/analytics/customer-copy/derive';
import type { SyncJob, SyncJobResult } from '../lib/queue/types';

type Processor = (job: SyncJob, token?: string) => Promise<SyncJobResult>;

export function withCustomerFigures(processor: Processor): Processor {
  return async (job, token) => {
    const result = await processor(job, token);
    const copy = customerCopyOf(job.data.spec);
    if (copy && !result.skipped) {
      const { ms } = await deriveCustomerFigures(copy);
      await job.log(`customer figures derived from the ${copy} copy in ${ms} ms`);
    }
    return result;
  };
}
