import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AreaShell } from '@/components/area-shell';
import { JobDetail } from '@/components/sync/job-detail';
import { RunHistory } from '@/components/sync/run-history';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { requirePermission, type CurrentSession } from '@/lib/auth/dal';
import type { NavLink } from '@/lib/auth/nav';
import type { Operation } from '@/lib/auth/permissions';
import { runsForJob } from '@/lib/db/queries/sync-runs';
import { isAppError } from '@/lib/errors';
import { getSyncJobOrThrow, loadSyncJobView } from '@/lib/queue';
import { describeAttempts } from '@/lib/sync-jobs/attempts';
import { jobLabel, scheduleNameOf } from '@/lib/sync-jobs/job-label';

/** The job's run history, read once per request though both the title (generateMetadata) and the page ask for it. */
const runsOf = cache(runsForJob);

/**
 * One job's page for every role that may see jobs (the admin's and the technician's): its live header, spec, logs
 * and the buttons the role may use, then every attempt from the run history. The caller checks the permission.
 */
export async function JobPage({ id, current, trail }: { id: string; current: CurrentSession; trail: NavLink[] }) {
  const [view, runs] = await Promise.all([
    getSyncJobOrThrow(id)
      .then((job) => loadSyncJobView(job))
      .catch((error: unknown) => {
        if (isAppError(error, 'NOT_FOUND')) return null;
        throw error;
      }),
    runsOf(id),
  ]);
  if (!view && runs.length === 0) notFound();
  const label = jobLabel(id, runs[0]?.scheduleName ?? (view && scheduleNameOf(view.queuedBy)));
  return (
    <AreaShell title={`Sync job ${label}`} trail={trail}>
      <Card>
        {view ? (
          <JobDetail initial={view} role={current.user.role} attempts={describeAttempts(runs)} historyState={runs[0]?.state ?? null} />
        ) : (
          <FormMessage error="This job is no longer in the queue (removed or trimmed); its run history is below." />
        )}
      </Card>
      <Card title="Run history">
        <RunHistory runs={runs} />
      </Card>
    </AreaShell>
  );
}

async function jobPageTitle(id: string): Promise<string> {
  if (!jobLabel(id).startsWith('#')) return `Sync job ${jobLabel(id, (await runsOf(id))[0]?.scheduleName)}`;
  return `Sync job ${jobLabel(id)}`;
}

type Props = { params: Promise<{ id: string }> };

/** A job page route for an area: the permission it needs and the pages above it. */
export function jobPageRoute(operation: Operation, trail: NavLink[]) {
  const idOf = async ({ params }: Props) => decodeURIComponent((await params).id);
  return {
    generateMetadata: async (props: Props) => {
      await requirePermission(operation);
      return { title: await jobPageTitle(await idOf(props)) };
    },
    Page: async (props: Props) => <JobPage id={await idOf(props)} current={await requirePermission(operation)} trail={trail} />,
  };
}
