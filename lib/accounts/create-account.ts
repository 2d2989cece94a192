/** Why: sign-up and the `user:create` CLI create accounts the same way: uniqueness per field, hashing, insert. */
import { insertUser, isDuplicateKey, takenIdentityFields } from '../db/queries/users';
import type { Role } from '../auth/roles';
import { hashPassword } from '../auth/password';

export const TAKEN_MESSAGES = {
  email: 'An account with this email already exists',
  username: 'This username is taken',
} as const;

export type NewAccount = {
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  address: string;
  password: string;
  role: Role;
  profilePicture?: string | null;
  /** Seeded and CLI-created accounts are verified at creation; public sign-ups verify by email. */
  emailVerified?: boolean;
};

export type CreateAccountResult = { ok: true; id: number } | { ok: false; errors: Partial<Record<'email' | 'username', string>> };

function takenErrors(taken: { email: boolean; username: boolean }): Partial<Record<'email' | 'username', string>> {
  return { ...(taken.email && { email: TAKEN_MESSAGES.email }), ...(taken.username && { username: TAKEN_MESSAGES.username }) };
}

export async function createAccount(account: NewAccount): Promise<CreateAccountResult> {
  const taken = await takenIdentityFields(account.email, account.username);
  if (taken.email || taken.username) return { ok: false, errors: takenErrors(taken) };
  const { password, emailVerified = false, ...fields } = account;
  try {
    const id = await insertUser({
      ...fields,
      profilePicture: fields.profilePicture ?? null,
      emailVerifiedAt: emailVerified ? new Date() : null,
      passwordHash: await hashPassword(password),
    });
    return { ok: true, id };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return { ok: false, errors: takenErrors(await takenIdentityFields(account.email, account.username)) };
  }
}
