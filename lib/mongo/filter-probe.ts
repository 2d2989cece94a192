/**
 * Why: the queue form, its JSON route, the CLI and the schedule form ask the server about a spec before anything
 * is queued: do its namespaces exist (lib/mongo/catalog.ts), and can the server run its filter? Counting with the
 * filter on a collection that does not exist makes the server parse the whole query (operators included) without
 * reading a document, so a filter it refuses is reported on the form, naming the operator, not by a failed job.
 */
import type { MongoClient } from 'mongodb';
import { catalogProblem, type CatalogProblem } from './catalog';
import { unrunnableQueryError } from '../sync/server-errors';
import { specFilter, type SyncSpec } from '../validation/sync';

const PROBE_COLLECTION = 'sync_portal_filter_probe_absent';

/** The reason the server would refuse the spec's filter, or null when it accepts it (or there is none). */
async function filterProblem(client: MongoClient, spec: Pick<SyncSpec, 'source' | 'filter'>): Promise<string | null> {
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

/** What the server says of a spec before it is queued or scheduled: its namespaces first, then its filter. */
export type ServerProblem = CatalogProblem | { field: 'filter'; message: string };

export async function serverProblem(client: MongoClient, spec: SyncSpec): Promise<ServerProblem | null> {
  const catalog = await catalogProblem(client, spec);
  if (catalog) return catalog;
  const refused = await filterProblem(client, spec);
  return refused ? { field: 'filter', message: refused } : null;
}
