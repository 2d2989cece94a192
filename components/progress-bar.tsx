/** An accessible progress bar: screen readers and tests read aria-valuenow. */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const value = percent === null ? 0 : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      className="h-2 w-full min-w-24 overflow-hidden rounded-full bg-slate-200"
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${value}%` }} />
    </div>
  );
}
