import { randomBytes } from 'node:crypto';
import type { Role } from '../auth/roles';
import { recordAudit } from '../db/queries/audit';
import { displayName } from '../db/queries/users';
import { enqueueEmail } from '../mail/queue';
import { setPasswordMessage } from '../mail/templates';
import { createAccount, type CreateAccountResult } from './create-account';
import type { Actor } from '../auth/actor';
import { issueToken } from './tokens';

export type NewStaffUser = { email: string; username: string; firstName: string; lastName: string; address: string; role: Role };

/** An admin creates an account without typing a password: the user chooses one from a 72 h set-password link. */
export async function createStaffUser(actor: Actor, input: NewStaffUser): Promise<CreateAccountResult> {
  const result = await createAccount({ ...input, password: randomBytes(32).toString('base64url') });
  if (!result.ok) return result;
  const token = await issueToken(result.id, 'set_password', input.email);
  await enqueueEmail(input.email, setPasswordMessage(displayName(input), input.username, token));
  await recordAudit({
    action: 'user.created',
    actorUserId: actor.id,
    target: `user:${result.id}`,
    ip: actor.ip,
    detail: { via: 'admin', username: input.username, email: input.email, role: input.role },
  });
  return result;
}
