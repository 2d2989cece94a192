/**
 * Why: the one schema at the account boundary — the sign-up form, its server action, the profile forms and the
 * `user:create` CLI all parse with these, so a rule and its message live in exactly one place.
 */
import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { PASSWORD_MESSAGES, passwordProblem } from './password-policy';

const text = (max: number, required: string) => z.string().trim().min(1, required).max(max, `Must be at most ${max} characters`);

export const emailField = z.string().trim().toLowerCase().max(254, 'Email must be at most 254 characters').pipe(z.email('Enter a valid email address'));
export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'Username must be 3–32 characters: letters, digits, dot, dash or underscore, starting with a letter or digit');

export const profileFields = z.object({
  firstName: text(100, 'Enter your first name'),
  lastName: text(100, 'Enter your last name'),
  address: z.string().trim().max(500, 'Address must be at most 500 characters').default(''),
});

const identityFields = profileFields.extend({
  email: emailField,
  username: usernameField,
  password: z.string(),
});

function checkPassword(value: { password: string; username?: string; email?: string }, ctx: z.RefinementCtx, path = 'password') {
  const problem = passwordProblem(value.password, value);
  if (problem) ctx.addIssue({ code: 'custom', path: [path], message: problem });
}

function checkConfirmed(password: string, confirmation: string, ctx: z.RefinementCtx) {
  if (password !== confirmation) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: PASSWORD_MESSAGES.mismatch });
}

export const signUpSchema = identityFields.extend({ confirmPassword: z.string() }).superRefine((value, ctx) => {
  checkPassword(value, ctx);
  checkConfirmed(value.password, value.confirmPassword, ctx);
});

export const userCreateSchema = identityFields
  .extend({ role: z.enum(ROLES, `Role must be one of: ${ROLES.join(', ')}`) })
  .superRefine((value, ctx) => checkPassword(value, ctx));

export const signInSchema = z.object({
  identifier: z.string().trim().normalize('NFC').toLowerCase().min(1, 'Enter your email or username').max(254),
  password: z.string().min(1, 'Enter your password').max(1024),
  callbackUrl: z.string().max(2048).optional(),
});

export const changePasswordSchema = (identity: { username: string; email: string }) =>
  z
    .object({ currentPassword: z.string().min(1, 'Enter your current password'), newPassword: z.string(), confirmPassword: z.string() })
    .superRefine((value, ctx) => {
      checkPassword({ ...identity, password: value.newPassword }, ctx, 'newPassword');
      checkConfirmed(value.newPassword, value.confirmPassword, ctx);
    });

export const forgotPasswordSchema = z.object({ email: emailField });

/** The reset and set-password forms: the policy is checked against the account the link belongs to. */
export const newPasswordSchema = (identity: { username: string; email: string }) =>
  z.object({ token: z.string().max(200), newPassword: z.string(), confirmPassword: z.string() }).superRefine((value, ctx) => {
    checkPassword({ ...identity, password: value.newPassword }, ctx, 'newPassword');
    checkConfirmed(value.newPassword, value.confirmPassword, ctx);
  });

/** The emailed verification link's token, posted back from the page that asks the signed-in owner to confirm. */
export const confirmEmailSchema = z.object({ token: z.string().min(1, 'This link is not valid.').max(100, 'This link is not valid.') });

export const changeEmailSchema = z.object({ email: emailField, emailChangePassword: z.string().min(1, 'Enter your password to confirm the change') });

/** An admin creates a user: the user:create rules and a role, but no password (the user sets it by email). */
export const adminCreateUserSchema = profileFields.extend({
  email: emailField,
  username: usernameField,
  role: z.enum(ROLES, `Role must be one of: ${ROLES.join(', ')}`),
});
