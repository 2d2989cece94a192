import { tradesCopiedAt } from '@/lib/db/queries/analytics-trades';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Customer pages show trades as of the worker's last copy; say when that was. */
export async function TradesAsOf() {
  const at = await tradesCopiedAt();
  return (
    <p className="text-sm text-slate-600" data-testid="trades-as-of">
      {at ? `Trades as of ${WHEN.format(at)} UTC.` : "Trades have not been loaded yet: they appear after the worker's first run (a few seconds after start)."}
    </p>
  );
}
