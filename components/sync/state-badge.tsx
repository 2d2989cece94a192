import { STATE_STYLE } from './format';

/** A job's or run's state as a coloured label: the one badge every sync table and page shows. */
export function StateBadge({ state, testId, large = false }: { state: string; testId?: string; large?: boolean }) {
  const size = large ? 'px-2 py-1 text-sm' : 'px-2 py-0.5 text-xs';
  return (
    <span data-testid={testId} className={`whitespace-nowrap rounded font-medium ${size} ${STATE_STYLE[state] ?? ''}`}>
      {state}
    </span>
  );
}
