'use server';
import { z } from 'zod';
import { withRole } from '@/lib/actions/with-session';
import { enqueueRollups } from '@/lib/analytics/rollups-queue';
import { may, refusalFor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/db/queries/audit';
import { HttpError } from '@/lib/http/route';

/** "Refresh figures": asks the worker to recompute the rollups now (repeated clicks collapse into one job). */
export const refreshFiguresAction = withRole('management', z.object({}), async (_data, _form, { user }) => {
  if (!may(user.role, 'figures.refresh')) throw new HttpError(403, refusalFor('figures.refresh'));
  await enqueueRollups({ reason: 'refresh', requestedBy: user.id });
  await recordAudit({ action: 'figures.refresh_requested', actorUserId: user.id, target: 'analytics_rollups' });
  return { message: 'Queued.' };
});
