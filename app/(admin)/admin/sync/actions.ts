'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { withRole } from '@/lib/actions/with-session';
import { recordAudit } from '@/lib/db/queries/audit';
import { missingSourceMessage } from '@/lib/mongo/catalog';
import { getMongoClient } from '@/lib/mongo/client';
import { enqueueSync } from '@/lib/queue';
import { clientInfo } from '@/lib/request-info';
import { formatNamespace, parseSyncSpecFields } from '@/lib/validation/sync';

export const queueSyncAction = withRole('admin', z.object({}), async (_data, formData, { user }) => {
  const parsed = parseSyncSpecFields(formData);
  if (!parsed.success) {
    return { errors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, messages]) => [field, messages!.join('; ')])) };
  }
  const spec = parsed.data;
  const missing = await missingSourceMessage(await getMongoClient(), spec.source);
  if (missing) return { errors: { sourceCollection: missing } };
  const id = await enqueueSync(spec, { userId: user.id, username: user.username });
  await recordAudit({ action: 'sync.queued', actorUserId: user.id, target: `sync-job:${id}`, ip: clientInfo(await headers()).ip, detail: { spec } });
  return { message: `Queued job ${id}: ${formatNamespace(spec.source)} → ${formatNamespace(spec.target)}.`, id };
});
