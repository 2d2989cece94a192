/**
 * Why: whether the server can run a filter is known before any job exists: counting with it on a collection that
 * does not exist makes the server parse the whole query (operators included) without reading a document. A
 * filter it refuses is reported on the form, naming the operator, instead of failing a job later.
 */
import type { MongoClient } from 'mongodb';
import { unrunnableQueryError } from '../sync/server-errors';
import { specFilter, type SyncSpec } from '../validation/sync';

const PROBE_COLLECTION = 'sync_portal_filter_probe_absent';

/** The reason the server would refuse the spec's filter, or null when it accepts it (or there is none). */
export async function filterProblem(client: MongoClient, spec: Pick<SyncSpec, 'source' | 'filter'>): Promise<string | null> {
  if (!spec.filter) return null;
  try {
    await client.db(spec.source.db).collection(PROBE_COLLECTION).countDocuments(specFilter(spec));
    return null;
  } catch (error) {
    const refused = unrunnableQueryError(error);
    if (refused) return refused.message;
    throw error;
  }
}
