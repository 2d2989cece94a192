'use server';
import { z } from 'zod';
import { withRole } from '@/lib/action-wrapper/with-session';
import { enqueueRollups } from '@/lib/analytics/rollups-queue';
import { may, refusalFor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/db/queries/audit';
import { AppError } from '@/lib/errors';

/** "Refresh figures": asks the worker to recompute the rollups now (repeated clicks collapse into one job). */
export const refreshFiguresAction = withRole('management', z.object({}), async (_data, { session: { user } }) => {
  if (!may(user.role, 'figures.refresh')) throw new AppError('FORBIDDEN', refusalFor('figures.refresh'));
  await enqueueRollups({ reason: 'refresh', requestedBy: user.id });
  await recordAudit({ action: 'figures.refresh_requested', actorUserId: user.id, target: 'analytics_rollups' });
  return { message: 'Recomputing the figures. Reload this page in a moment to see them.' };
});
