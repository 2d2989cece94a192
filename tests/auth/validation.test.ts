import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/field-errors';
import { PASSWORD_MESSAGES } from '@/lib/validation/password-policy';
import { signUpSchema, userCreateSchema } from '@/lib/validation/auth';

const valid = {
  email: 'Ana.Lopez@Example.com',
  username: 'ana_l',
  firstName: 'Ana',
  lastName: 'Lopez',
  address: '',
  password: 'marble lighthouse 64',
  confirmPassword: 'marble lighthouse 64',
};
const errorsFor = (input: Record<string, unknown>) => {
  const parsed = signUpSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('sign-up schema', () => {
  it('accepts a valid sign-up and normalises email and username', () => {
    const parsed = signUpSchema.parse({ ...valid, username: 'Ana_L' });
    expect(parsed.email).toBe('ana.lopez@example.com');
    expect(parsed.username).toBe('ana_l');
  });

  it.each([
    ['password', 'short1', PASSWORD_MESSAGES.tooShort],
    ['password', 'x'.repeat(129), PASSWORD_MESSAGES.tooLong],
    ['password', 'password1', PASSWORD_MESSAGES.common],
    ['password', 'Qwerty123', PASSWORD_MESSAGES.common],
    ['password', 'my ana_l secret', PASSWORD_MESSAGES.username],
    ['password', 'xx ana.lopez xx', PASSWORD_MESSAGES.email],
  ])('refuses %s %j with its message', (field, password, message) => {
    expect(errorsFor({ ...valid, [field]: password, confirmPassword: password })[field]).toBe(message);
  });

  it('allows 128 characters and multi-byte passphrases counted by character', () => {
    expect(errorsFor({ ...valid, password: 'é'.repeat(128), confirmPassword: 'é'.repeat(128) })).toEqual({});
    expect(errorsFor({ ...valid, password: '🔒🔒🔒🔒🔒🔒🔒', confirmPassword: '🔒🔒🔒🔒🔒🔒🔒' }).password).toBe(PASSWORD_MESSAGES.tooShort);
  });

  it.each([
    ['email', 'not-an-email', 'Enter a valid email address'],
    ['username', 'ab', 'Username must be 3–32 characters: letters, digits, dot, dash or underscore, starting with a letter or digit'],
    ['username', 'has space', 'Username must be 3–32 characters: letters, digits, dot, dash or underscore, starting with a letter or digit'],
    ['firstName', '   ', 'Enter your first name'],
    ['lastName', '', 'Enter your last name'],
    ['address', 'a'.repeat(501), 'Address must be at most 500 characters'],
  ])('refuses %s %j with its message', (field, value, message) => {
    expect(errorsFor({ ...valid, [field]: value })[field]).toBe(message);
  });

  it('refuses a confirmation that differs', () => {
    expect(errorsFor({ ...valid, confirmPassword: 'marble lighthouse 65' }).confirmPassword).toBe(PASSWORD_MESSAGES.mismatch);
  });

  it('drops a role sent with a public sign-up', () => {
    expect(signUpSchema.parse({ ...valid, role: 'admin' })).not.toHaveProperty('role');
  });

  it('requires a known role for staff accounts', () => {
    const parsed = userCreateSchema.safeParse({ ...valid, role: 'root' });
    expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({ role: 'Role must be one of: customer, technician, management, admin' });
  });
});
