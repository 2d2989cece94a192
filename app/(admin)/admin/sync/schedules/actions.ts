'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withPermission } from '@/lib/actions/with-session';
import { clientInfo } from '@/lib/request-info';
import { rowIdSchema } from '@/lib/validation/row-id';
import { removeScheduleById, runScheduleNow, saveSchedule, setScheduleEnabled } from '@/lib/schedules/service';
import { actorOf } from '@/lib/sync-ui/queue-sync';

const QUEUE_LATER = ' The job queue (Redis) is not reachable: the worker applies the change when it is back.';

/** Create (no scheduleId) or edit a schedule; errors come back per field with every value kept. */
export const saveScheduleAction = withPermission(
  'sync.schedule',
  z.object({ scheduleId: z.union([z.literal(''), rowIdSchema('Unknown schedule')]).optional() }),
  async ({ scheduleId }, formData, current) => {
    const outcome = await saveSchedule(scheduleId || null, formData, actorOf(current), clientInfo(await headers()).ip);
    if (!outcome.ok) return { errors: Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, messages]) => [field, messages.join('; ')])) };
    redirect(`/admin/sync/schedules?saved=${outcome.id}${outcome.queueUnavailable ? '&queue=down' : ''}`);
  },
);

const operationSchema = z.object({
  scheduleId: rowIdSchema('Unknown schedule'),
  operation: z.enum(['pause', 'resume', 'run-now', 'delete'], 'Unknown operation'),
});

export const scheduleOperationAction = withPermission('sync.schedule', operationSchema, async ({ scheduleId, operation }, _formData, current) => {
  const actor = actorOf(current);
  const ip = clientInfo(await headers()).ip;
  revalidatePath('/admin/sync/schedules');
  switch (operation) {
    case 'pause':
    case 'resume': {
      const { queueUnavailable } = await setScheduleEnabled(scheduleId, operation === 'resume', actor, ip);
      return { message: `Schedule ${operation === 'resume' ? 'resumed' : 'paused'}.${queueUnavailable ? QUEUE_LATER : ''}` };
    }
    case 'run-now': {
      const jobId = await runScheduleNow(scheduleId, actor, ip);
      return { message: `Queued job ${jobId}; the schedule's next run is unchanged.`, id: jobId };
    }
    case 'delete': {
      const schedule = await removeScheduleById(scheduleId, actor, ip);
      return { message: `Schedule “${schedule.name}” was deleted; its past runs stay in the history.` };
    }
  }
});
