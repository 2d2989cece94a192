/** `db.collection` (`mysql:schema.table` for MySQL) as every page, log line and message names a namespace (client-safe: no bson or zod here). */
export function formatNamespace(ns: { engine?: 'mongodb' | 'mysql'; db: string; collection: string }): string {
  return `${ns.engine === 'mysql' ? 'mysql:' : ''}${ns.db}.${ns.collection}`;
}
