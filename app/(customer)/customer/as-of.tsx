import { tradesCopiedAt } from '@/lib/db/queries/analytics-trades';
import { formatUtcMinutes } from '@/lib/format-time';

/** Customer pages show trades as of the worker's last copy; say when that was. */
export async function TradesAsOf() {
  const at = await tradesCopiedAt();
  return (
    <p className="text-sm text-slate-600" data-testid="trades-as-of">
      {at ? `Trades as of ${formatUtcMinutes(at)}.` : "Trades have not been loaded yet: they appear after the worker's first run (a few seconds after start)."}
    </p>
  );
}
