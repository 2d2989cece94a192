'use server';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { withUser } from '@/lib/action-wrapper/with-session';
import { actorOf } from '@/lib/auth/actor';
import { may } from '@/lib/auth/permissions';
import { JOB_ID } from '@/lib/queue/producer';
import { clientInfo } from '@/lib/request-info';
import { JOB_OPERATIONS, performJobOperation, permissionFor } from '@/lib/sync-jobs/job-operation';

const operationSchema = z.object({ jobId: z.string().regex(JOB_ID, 'Unknown job'), operation: z.enum(JOB_OPERATIONS, 'Unknown operation') });

/** The job buttons on the admin job page and the technician console: each operation needs its own permission. */
export const jobOperationAction = withUser(operationSchema, async ({ jobId, operation }, _formData, current) => {
  if (!may(current.user.role, permissionFor(operation))) forbidden();
  const result = await performJobOperation(operation, jobId, actorOf(current, clientInfo(await headers()).ip));
  if (operation === 'remove') redirect(`/admin/sync?removed=${encodeURIComponent(jobId)}`);
  return { message: result.message, id: result.jobId ?? undefined };
});
