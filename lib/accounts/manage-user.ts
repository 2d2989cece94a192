/**
 * Why: the admin user page's buttons (and any route or CLI that wants them) reach the account operations through
 * one parsed, typed command, so every entry point gets the same guard rails, session endings and audit rows.
 */
import { z } from 'zod';
import { parseCustomerId } from '../analytics/customer-id';
import { ROLES } from '../auth/roles';
import { resetMfa } from '../mfa/reset-mfa';
import { rowIdSchema } from '../validation/row-id';
import { changeRole } from './change-role';
import type { Actor } from '../auth/actor';
import { linkCustomerAccount, unlinkCustomerAccount } from './link-customer';
import { revokeUserSessions } from './revoke-user-sessions';
import { sendResetLink } from './send-reset-link';
import { disableUser, enableUser } from './set-status';

/** A record id as the link stores it (a scalar id's Extended JSON), never an operator object. */
const customerIdInput = z
  .string('Choose a customer record')
  .trim()
  .min(1, 'Choose a customer record')
  .refine((text) => parseCustomerId(text) !== null, 'That is not an analytics customer record id');

const userId = rowIdSchema('Unknown user');

export const manageUserSchema = z.discriminatedUnion(
  'operation',
  [
    z.object({ operation: z.literal('change-role'), userId, role: z.enum(ROLES, 'Choose a role') }),
    z.object({
      operation: z.literal('disable'),
      userId,
      reason: z.string().trim().min(1, 'Give a reason: the user sees it when signing in').max(500, 'Reason must be at most 500 characters'),
    }),
    z.object({ operation: z.literal('enable'), userId }),
    z.object({ operation: z.literal('send-reset'), userId }),
    z.object({ operation: z.literal('revoke-session'), userId, sessionId: z.uuid('Unknown session') }),
    z.object({ operation: z.literal('revoke-all'), userId }),
    z.object({ operation: z.literal('link-customer'), userId, customerId: customerIdInput }),
    z.object({ operation: z.literal('unlink-customer'), userId }),
    z.object({ operation: z.literal('reset-mfa'), userId }),
  ],
  { error: 'Unknown action' },
);

export type ManageUserCommand = z.infer<typeof manageUserSchema>;

/** Performs the command; returns the sentence to show, or throws an AppError that explains the refusal. */
export async function manageUser(actor: Actor, command: ManageUserCommand): Promise<string> {
  switch (command.operation) {
    case 'change-role':
      return changeRole(actor, command.userId, command.role);
    case 'disable':
      return disableUser(actor, command.userId, command.reason);
    case 'enable':
      return enableUser(actor, command.userId);
    case 'send-reset':
      return sendResetLink(actor, command.userId);
    case 'revoke-session':
      return revokeUserSessions(actor, command.userId, command.sessionId);
    case 'revoke-all':
      return revokeUserSessions(actor, command.userId, null);
    case 'link-customer':
      return linkCustomerAccount(actor, command.userId, command.customerId);
    case 'unlink-customer':
      return unlinkCustomerAccount(actor, command.userId);
    case 'reset-mfa':
      return resetMfa(actor, command.userId);
  }
}
