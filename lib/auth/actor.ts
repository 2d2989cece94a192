/** Why: every audited operation records who acted and from where; pages, routes and the CLI build it one way. */
import type { CurrentSession } from './dal';

/** Who acts (`id` null: the CLI's operating-system user, named in `username`) and from which client address. */
export type Actor = { id: number | null; username: string; ip: string | null };

export function actorOf({ user }: CurrentSession, ip: string | null): Actor {
  return { id: user.id, username: user.username, ip };
}
