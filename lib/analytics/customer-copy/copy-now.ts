/**
 * Why: the same copies the built-in schedules run, run here and now without the queue — for the seed, the e2e
 * preparation, tests that drive a run directly, and `npm run customer-copy` — each followed by its derivation,
 * exactly as the worker does after a scheduled run.
 */
import type { MongoClient } from 'mongodb';
import type { Pool } from 'mysql2/promise';
import { openEndpoints } from '../../sync/endpoints/open';
import { runSync } from '../../sync/engine';
import type { SyncResult } from '../../sync/types';
import { deriveCustomerFigures } from './derive';
import { CUSTOMER_COPIES, customerCopySpec, type CustomerCopy } from './specs';

export type CopyOutcome = { copy: CustomerCopy; result: SyncResult; deriveMs: number };

export async function copyCustomerDataNow(stores: { mongo: MongoClient; mysql: () => Pool }, analyticsDb?: string): Promise<CopyOutcome[]> {
  const outcomes: CopyOutcome[] = [];
  for (const copy of CUSTOMER_COPIES) {
    const spec = customerCopySpec(copy, analyticsDb);
    const { source, target } = await openEndpoints(spec, stores);
    const result = await runSync({ spec, source, target, hooks: { onCheckpoint: async () => undefined } });
    const { ms } = await deriveCustomerFigures(copy);
    outcomes.push({ copy, result, deriveMs: ms });
  }
  return outcomes;
}
