'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { withRole } from '@/lib/actions/with-session';
import { clientInfo } from '@/lib/request-info';
import { JOB_OPERATIONS, performJobOperation } from '@/lib/sync-ui/job-operations';

const operationSchema = z.object({ jobId: z.string().regex(/^\d+$/, 'Unknown job'), operation: z.enum(JOB_OPERATIONS, 'Unknown operation') });

export const jobOperationAction = withRole('admin', operationSchema, async ({ jobId, operation }, _formData, current) => {
  const result = await performJobOperation(operation, jobId, current, clientInfo(await headers()).ip);
  return { message: result.message, id: result.jobId ?? undefined };
});
