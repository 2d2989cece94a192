import { ProgressBar } from '@/components/progress-bar';
import { nothingToCopy } from '@/components/sync/format';

/**
 * A job's bar; "nothing to copy" when it completed with no documents selected; words instead of a bar while the
 * selection's size is unknown (null: the server keeps no count for the collection yet).
 */
export function JobProgress({
  state,
  percent,
  copied,
  total,
  label,
}: {
  state: string;
  percent: number;
  copied: number;
  total?: number | null;
  label: string;
}) {
  if (total === null && state !== 'completed')
    return (
      <span data-testid="size-unknown" className="text-sm text-slate-600">
        total not known yet
      </span>
    );
  if (nothingToCopy(state, copied, total))
    return (
      <span data-testid="nothing-to-copy" className="text-sm text-slate-600">
        nothing to copy
      </span>
    );
  return <ProgressBar percent={percent} label={label} />;
}
