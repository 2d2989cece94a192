/** Display helpers (texts and Tailwind classes) shared by the sync tables, the job detail page and the technician console. */
import type { SyncJobView } from '@/lib/queue/types';

export const STATE_STYLE: Record<string, string> = {
  waiting: 'bg-slate-100 text-slate-700',
  delayed: 'bg-amber-100 text-amber-800',
  prioritized: 'bg-slate-100 text-slate-700',
  active: 'bg-blue-100 text-blue-800',
  completed: 'bg-emerald-100 text-emerald-800',
  failed: 'bg-red-100 text-red-800',
  cancelled: 'bg-zinc-200 text-zinc-800',
  queued: 'bg-slate-100 text-slate-700',
  interrupted: 'bg-amber-100 text-amber-800',
  skipped: 'bg-zinc-100 text-zinc-700',
  lost: 'bg-red-50 text-red-800',
};

export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function copiedOfTotal(job: SyncJobView): string {
  const copied = job.result?.copied ?? job.progress?.copied ?? job.checkpoint?.copied ?? 0;
  const total = job.progress?.total;
  return total == null ? copied.toLocaleString('en-US') : `${copied.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
}

export function percentOf(job: SyncJobView): number {
  if (job.state === 'completed') return 100;
  return job.progress?.percent ?? 0;
}

/** A finished job that found no documents to copy: shown as words, not a full bar. */
export function nothingToCopy(state: string, copied: number, total: number | null | undefined): boolean {
  return state === 'completed' && copied === 0 && !total;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A checkpoint's lastId is canonical EJSON of {v: <_id>}; show just the _id. */
export function formatLastId(lastId: string | null): string {
  if (!lastId) return '—';
  try {
    return JSON.stringify((JSON.parse(lastId) as { v?: unknown }).v ?? lastId);
  } catch {
    return lastId;
  }
}
