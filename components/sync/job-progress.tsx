import { ProgressBar } from '@/components/progress-bar';
import { nothingToCopy } from '@/lib/sync-ui/format';

/** A job's bar, or "nothing to copy" when it completed with no documents selected. */
export function JobProgress({ state, percent, copied, total, label }: { state: string; percent: number; copied: number; total?: number; label: string }) {
  if (nothingToCopy(state, copied, total))
    return (
      <span data-testid="nothing-to-copy" className="text-sm text-slate-600">
        nothing to copy
      </span>
    );
  return <ProgressBar percent={percent} label={label} />;
}
