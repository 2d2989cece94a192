/**
 * Why: staff accounts (and the very first admin) are created from the shell with the same schema and rules as
 * public sign-up plus a role: `npm run user:create -- --email … --username … --password … --role admin`.
 */
import { parseArgs } from 'node:util';
import { createAccount } from '../lib/accounts/create-account';
import { recordAudit } from '../lib/db/queries/audit';
import { pool } from '../lib/db';
import { isServiceUnavailable } from '../lib/errors';
import { fieldErrors } from '../lib/validation/field-errors';
import { userCreateSchema } from '../lib/validation/auth';

const USAGE =
  'usage: npm run user:create -- --email <email> --username <name> --password <password> --role <customer|technician|management|admin> [--first-name <name>] [--last-name <name>] [--address <text>]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        'first-name': { type: 'string' },
        'last-name': { type: 'string' },
        address: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const parsed = userCreateSchema.safeParse({
    email: values.email ?? '',
    username: values.username ?? '',
    password: values.password ?? '',
    role: values.role ?? '',
    firstName: values['first-name'] ?? values.username ?? '',
    lastName: values['last-name'] ?? (values.role ? `(${values.role})` : ''),
    address: values.address ?? '',
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrors(parsed.error))) console.error(`${field}: ${message}`);
    console.error(USAGE);
    return 2;
  }
  const result = await createAccount({ ...parsed.data, emailVerified: true });
  if (!result.ok) {
    for (const [field, message] of Object.entries(result.errors)) console.error(`${field}: ${message}`);
    return 1;
  }
  await recordAudit({ action: 'user.created', actorUserId: null, target: `user:${result.id}`, detail: { via: 'cli', role: parsed.data.role } });
  console.log(`Created ${parsed.data.role} "${parsed.data.username}" (id ${result.id}). Sign in at /login.`);
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error(
      isServiceUnavailable(error)
        ? 'MySQL is not reachable: run `npm run services` first (or check DATABASE_URL).'
        : `user:create failed: ${(error as Error).message}`,
    );
    return 1;
  })
  .then(async (code) => {
    await pool.end();
    process.exit(code);
  });
