/**
 * Why: after each run of a built-in copy the worker rebuilds, in SQL and in one MySQL transaction (readers see
 * the old or the new figures, never half), the tables the customer pages read from that copy: each account's
 * owners, each account, and each trade (MariaDB JSON_TABLE over the copied buckets' `transactions` arrays) with
 * the per-account figures derived from them. Values are the copy's canonical Extended JSON: numbers are
 * `{"$numberInt": …}` / `$numberLong` / `$numberDouble`, dates `{"$date": {"$numberLong": ms}}` (UTC).
 */
import { sql } from 'drizzle-orm';
import { db } from '../../db';
import { deriveTradeFigures } from '../../db/queries/analytics-trades';
import { analyticsAccountOwners, analyticsAccounts, analyticsCopies, analyticsLatestTrades, analyticsTradeGroups, analyticsTrades } from '../../db/schema';
import { quoteTable } from '../../sync/mysql/pool';
import { copySchema, type CustomerCopy } from './specs';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const copyTable = (copy: CustomerCopy) => sql.raw(quoteTable({ db: copySchema(), collection: copy }));

/** JSON_TABLE columns reading an Extended JSON number at `path` as text, one per BSON number type. */
const numberColumns = (name: string, path: string) =>
  ['numberInt', 'numberLong', 'numberDouble'].map((type) => `${name}_${type} VARCHAR(40) PATH '${path}."$${type}"'`).join(', ');
const numberOf = (name: string) => sql.raw(`COALESCE(${name}_numberInt, ${name}_numberLong, ${name}_numberDouble)`);
/** The number held by a JSON column's Extended JSON text (SQL NULL when it is not a number). */
const jsonNumber = (column: string) =>
  sql.raw(`COALESCE(${['numberInt', 'numberLong', 'numberDouble'].map((type) => `JSON_VALUE(${column}, '$."$${type}"')`).join(', ')})`);

const DERIVE: Record<CustomerCopy, (tx: Tx) => Promise<void>> = {
  async customers(tx) {
    await tx.delete(analyticsAccountOwners);
    await tx.execute(sql`
      INSERT INTO ${analyticsAccountOwners} (customer_id, account_id, position)
      SELECT CONCAT('{"$oid":"', c._id, '"}'), ${numberOf('a')} AS account_id, MIN(a.position) - 1
      FROM ${copyTable('customers')} c,
           JSON_TABLE(c.accounts, '$[*]' COLUMNS (position FOR ORDINALITY, ${sql.raw(numberColumns('a', '$'))})) a
      WHERE ${numberOf('a')} REGEXP '^-?[0-9]+$'
      GROUP BY c._id, account_id`);
  },
  async accounts(tx) {
    await tx.delete(analyticsAccounts);
    await tx.execute(sql`
      INSERT INTO ${analyticsAccounts} (account_id, account_limit, products)
      SELECT account_id, account_limit, products FROM (
        SELECT ${jsonNumber('a.account_id')} AS account_id, ${jsonNumber('a.`limit`')} AS account_limit,
               COALESCE(a.products, '[]') AS products, ROW_NUMBER() OVER (PARTITION BY ${jsonNumber('a.account_id')} ORDER BY a._id) AS nth
        FROM ${copyTable('accounts')} a) ranked
      WHERE nth = 1 AND account_id REGEXP '^-?[0-9]+$'`);
  },
  async transactions(tx) {
    for (const table of [analyticsTrades, analyticsTradeGroups, analyticsLatestTrades]) await tx.delete(table);
    await tx.execute(sql`
      INSERT INTO ${analyticsTrades} (account_id, at, code, symbol, amount, price, total)
      SELECT ${jsonNumber('b.account_id')}, TIMESTAMPADD(MICROSECOND, t.ms * 1000, '1970-01-01'), t.code, t.symbol, ${numberOf('amount')},
             t.price, t.total
      FROM ${copyTable('transactions')} b,
           JSON_TABLE(b.transactions, '$[*]' COLUMNS (
             position FOR ORDINALITY, ms BIGINT PATH '$.date."$date"."$numberLong"', ${sql.raw(numberColumns('amount', '$.amount'))},
             code VARCHAR(16) PATH '$.transaction_code', symbol VARCHAR(32) PATH '$.symbol', price VARCHAR(64) PATH '$.price',
             total VARCHAR(64) PATH '$.total')) t
      WHERE t.ms IS NOT NULL AND ${jsonNumber('b.account_id')} IS NOT NULL
      ORDER BY b._id, t.position`);
    await deriveTradeFigures(tx);
  },
};

/** Rebuilds what the customer pages read from one copy and notes when (the pages' "as of"). */
export async function deriveCustomerFigures(copy: CustomerCopy): Promise<{ ms: number }> {
  const started = Date.now();
  await db.transaction(async (tx) => {
    await DERIVE[copy](tx);
    const copiedAt = new Date();
    await tx.insert(analyticsCopies).values({ name: copy, copiedAt }).onDuplicateKeyUpdate({ set: { copiedAt } });
  });
  return { ms: Date.now() - started };
}
