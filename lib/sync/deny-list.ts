/**
 * Why: a sync must never copy the portal's own data out (users with their password hashes, sessions, tokens)
 * nor overwrite it. The rules are written here once and checked on the server when a sync is queued (page, API,
 * CLI alike) and again by the worker before it reads, so a spec that skipped the producer is refused too.
 */
import type { Namespace } from '../validation/sync';
import { portalSchema } from './mysql/pool';

const SECRET_TABLE = /^(sessions?|.*tokens?)$/i;
const SECRET_COLUMN = /(password|passwd|secret|token|totp|recovery_?code)/i;

/** Why a MySQL endpoint is refused by name, or null. */
export function deniedEndpoint(ns: Namespace): string | null {
  if (ns.engine !== 'mysql') return null;
  if (ns.db.toLowerCase() === portalSchema().toLowerCase()) return `${ns.db} is the portal's own schema: it is never a sync source or target`;
  if (SECRET_TABLE.test(ns.collection)) return `${ns.db}.${ns.collection} holds sessions or tokens: it is never synced`;
  return null;
}

/** Why a MySQL source table is refused for its columns (password hashes, tokens, secrets), or null. */
export function deniedColumns(ns: Namespace, columns: string[]): string | null {
  const secret = columns.filter((name) => SECRET_COLUMN.test(name));
  return secret.length ? `${ns.db}.${ns.collection} has secret column(s) ${secret.join(', ')}: it is never synced` : null;
}
