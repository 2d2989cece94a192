'use server';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { withUser } from '@/lib/action-wrapper/with-session';
import { may } from '@/lib/auth/permissions';
import { JOB_ID } from '@/lib/queue/producer';
import { JOB_OPERATIONS, performJobOperation, permissionFor } from '@/lib/sync-jobs/job-operation';

const operationSchema = z.object({ jobId: z.string().regex(JOB_ID, 'Unknown job'), operation: z.enum(JOB_OPERATIONS, 'Unknown operation') });

/** The job buttons on the admin job page and the technician console: each operation needs its own permission. */
export const jobOperationAction = withUser(operationSchema, async ({ jobId, operation }, { session, actor }) => {
  if (!may(session.user.role, permissionFor(operation))) forbidden();
  const result = await performJobOperation(operation, jobId, actor);
  if (operation === 'remove') redirect(`/admin/sync?removed=${encodeURIComponent(jobId)}`);
  return { message: result.message, id: result.jobId ?? undefined };
});
