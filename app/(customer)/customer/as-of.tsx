import { When } from '@/components/when';

/** Customer pages show accounts and trades as of the worker's last copy (`at`, null before the first); say when. */
export function TradesAsOf({ at }: { at: Date | null }) {
  return (
    <p className="text-sm text-slate-600" data-testid="trades-as-of">
      {at ? (
        <>
          Accounts and trades as of <When at={at} />.
        </>
      ) : (
        "Accounts and trades have not been loaded yet: they appear after the worker's first run (a few seconds after start)."
      )}
    </p>
  );
}
