/** Why: the stack command needs one signed-in-able account per role (staff enrolled in 2FA with the README's secrets); re-running leaves existing accounts alone. */
import { createAccount } from '../lib/accounts/create-account';
import { DEMO_USERS } from '../lib/accounts/demo-users';
import { pool } from '../lib/db';
import { enrolWithSecret } from '../lib/mfa/enrol-with-secret';

async function main(): Promise<void> {
  for (const { totpSecret, ...user } of DEMO_USERS) {
    const result = await createAccount({ ...user, address: '', emailVerified: true });
    console.log(result.ok ? `[seed] created ${user.role} ${user.username}` : `[seed] ${user.role} ${user.username} already exists`);
    if (result.ok && totpSecret) await enrolWithSecret(result.id, totpSecret);
  }
}

main()
  .catch((error: Error) => {
    console.error(`[seed] ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => pool.end());
