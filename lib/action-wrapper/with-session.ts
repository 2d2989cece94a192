/**
 * Why: actions that need a signed-in user run the DAL check first, inside the same error handling as the parse,
 * and receive `{ session, actor, ip }` (like dub's safe-action ctx): no action reads headers or builds its actor.
 */
import 'server-only';
import { actorOf, type Actor } from '../auth/actor';
import { requirePermission, requireRole, requireSignedIn, requireUser, type CurrentSession } from '../auth/dal';
import type { Operation } from '../auth/permissions';
import type { Area } from '../auth/roles';
import { wrapAction, type FormSchema, type FormState, type PublicContext } from './validated';

export type SessionContext = PublicContext & { session: CurrentSession; actor: Actor };

type SchemaFor<T> = FormSchema<T> | ((session: CurrentSession) => FormSchema<T>);
type SessionAction<T> = (data: T, context: SessionContext) => Promise<FormState | void>;

function withGuard<T>(guard: () => Promise<CurrentSession>, schema: SchemaFor<T>, action: SessionAction<T>) {
  return wrapAction(
    async () => {
      const session = await guard();
      return { schema: typeof schema === 'function' ? schema(session) : schema, context: { session } };
    },
    (data: T, context: PublicContext & { session: CurrentSession }) => action(data, { ...context, actor: actorOf(context.session, context.ip) }),
  );
}

export function withUser<T>(schema: SchemaFor<T>, action: SessionAction<T>) {
  return withGuard(requireUser, schema, action);
}

/** For the 2FA enrolment page only: a signed-in user who may still have to enrol. */
export function withSignedIn<T>(schema: SchemaFor<T>, action: SessionAction<T>) {
  return withGuard(requireSignedIn, schema, action);
}

export function withRole<T>(area: Area, schema: SchemaFor<T>, action: SessionAction<T>) {
  return withGuard(() => requireRole(area), schema, action);
}

export function withPermission<T>(operation: Operation, schema: SchemaFor<T>, action: SessionAction<T>) {
  return withGuard(() => requirePermission(operation), schema, action);
}
