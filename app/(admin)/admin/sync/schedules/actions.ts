'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withPermission } from '@/lib/action-wrapper/with-session';
import { createSchedule } from '@/lib/schedules/create-schedule';
import { deleteSchedule } from '@/lib/schedules/delete-schedule';
import { runScheduleNow } from '@/lib/schedules/run-schedule-now';
import { setScheduleEnabled } from '@/lib/schedules/set-schedule-enabled';
import { updateSchedule } from '@/lib/schedules/update-schedule';
import { toFormErrors } from '@/lib/validation/field-errors';
import { rowIdSchema } from '@/lib/validation/row-id';
import { scheduleForm } from '@/lib/validation/schedule';

const QUEUE_LATER = ' The job queue (Redis) is not reachable: the worker applies the change when it is back.';

/** Create (no scheduleId) or edit a schedule; errors come back per field with every value kept. */
export const saveScheduleAction = withPermission('sync.schedule', scheduleForm, async ({ scheduleId, ...input }, { actor }) => {
  const outcome = scheduleId === null ? await createSchedule(input, actor) : await updateSchedule(scheduleId, input, actor);
  if (!outcome.ok) return { errors: toFormErrors(outcome.fieldErrors) };
  redirect(`/admin/sync/schedules?saved=${outcome.id}${outcome.queueUnavailable ? '&queue=down' : ''}`);
});

const operationSchema = z.object({
  scheduleId: rowIdSchema('Unknown schedule'),
  operation: z.enum(['pause', 'resume', 'run-now', 'delete'], 'Unknown operation'),
});

export const scheduleOperationAction = withPermission('sync.schedule', operationSchema, async ({ scheduleId, operation }, { actor }) => {
  revalidatePath('/admin/sync/schedules');
  switch (operation) {
    case 'pause':
    case 'resume': {
      const { queueUnavailable } = await setScheduleEnabled(scheduleId, operation === 'resume', actor);
      return { message: `Schedule ${operation === 'resume' ? 'resumed' : 'paused'}.${queueUnavailable ? QUEUE_LATER : ''}` };
    }
    case 'run-now': {
      const jobId = await runScheduleNow(scheduleId, actor);
      return { message: `Queued job ${jobId}; the schedule's next run is unchanged.`, id: jobId };
    }
    case 'delete': {
      const schedule = await deleteSchedule(scheduleId, actor);
      return { message: `Schedule “${schedule.name}” was deleted; its past runs stay in the history.` };
    }
  }
});
