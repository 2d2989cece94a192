'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { FormState } from '@/lib/action-wrapper/validated';
import type { RefreshStatus } from '@/lib/analytics/refresh-status';
import { formatInstant } from '@/lib/format-time';
import { refreshFiguresAction } from './refresh-action';

const POLL_MS = 1_500;

const PROGRESS: Record<NonNullable<RefreshStatus['pending']>, string> = {
  queued: 'Queued: waiting for the worker to start computing the figures…',
  computing: 'Computing the figures…',
};

/**
 * After "Refresh figures" the button follows the computation until figures newer than the ones on the page are
 * stored and nothing is left to compute, then says so and re-renders the page with them.
 */
export function RefreshButton({ shownComputedAt }: { shownComputedAt: number | null }) {
  const router = useRouter();
  const { state, action } = useFormAction(refreshFiguresAction);
  const [progress, setProgress] = useState<{ of: FormState; text: string; done: boolean } | null>(null);
  const shown = progress?.of === state ? progress : state.message ? { text: PROGRESS.queued, done: false } : null;

  useEffect(() => {
    if (!state.message) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const response = await fetch('/api/management/refresh-status', { cache: 'no-store' });
        const status = (await response.json()) as RefreshStatus & { error?: string };
        if (stopped) return;
        if (!response.ok) setProgress({ of: state, text: status.error ?? `The status could not be read (${response.status}); retrying…`, done: false });
        else if (status.computedAt !== null && status.computedAt > (shownComputedAt ?? 0) && !status.pending) {
          setProgress({ of: state, text: `Done: the figures below were computed ${formatInstant(status.computedAt)}.`, done: true });
          router.refresh();
          return;
        } else if (!status.pending) {
          setProgress({ of: state, text: 'The computation stopped without new figures; the figures below are unchanged. Try again in a moment.', done: true });
          return;
        } else setProgress({ of: state, text: PROGRESS[status.pending], done: false });
      } catch {
        if (!stopped) setProgress({ of: state, text: 'The server is not reachable; retrying…', done: false });
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Follows one request: a new action result starts a new follow-up; re-renders of the page must not.
  }, [state]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Queueing…">
        Refresh figures
      </SubmitButton>
      <FormMessage error={state.errors?.form} />
      {shown && (
        <p role="status" data-testid="refresh-status" className={`text-sm ${shown.done ? 'text-emerald-700' : 'text-slate-600'}`}>
          {shown.text}
        </p>
      )}
    </form>
  );
}
