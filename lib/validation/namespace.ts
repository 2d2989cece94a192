/** `db.collection` as every page, log line and message names a namespace (client-safe: no bson or zod here). */
export function formatNamespace(ns: { db: string; collection: string }): string {
  return `${ns.db}.${ns.collection}`;
}
