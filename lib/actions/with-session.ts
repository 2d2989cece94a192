/** Why: actions that need a signed-in user run the DAL check first, inside the same error handling as the parse. */
import 'server-only';
import type { z } from 'zod';
import { requirePermission, requireRole, requireSignedIn, requireUser, type CurrentSession } from '../auth/dal';
import type { Operation } from '../auth/permissions';
import type { Area } from '../auth/roles';
import { validatedAction, type FormState } from './validated';

type SchemaFor<S> = S | ((current: CurrentSession) => S);
type SessionAction<S extends z.ZodType> = (data: z.infer<S>, formData: FormData, current: CurrentSession) => Promise<FormState | void>;

function withGuard<S extends z.ZodType>(guard: () => Promise<CurrentSession>, schema: SchemaFor<S>, action: SessionAction<S>) {
  return (previous: FormState, formData: FormData): Promise<FormState> => {
    let current: CurrentSession;
    const resolveSchema = async () => {
      current = await guard();
      return typeof schema === 'function' ? schema(current) : schema;
    };
    return validatedAction(resolveSchema, (data, form) => action(data, form, current))(previous, formData);
  };
}

export function withUser<S extends z.ZodType>(schema: SchemaFor<S>, action: SessionAction<S>) {
  return withGuard(requireUser, schema, action);
}

/** For the 2FA enrolment page only: a signed-in user who may still have to enrol. */
export function withSignedIn<S extends z.ZodType>(schema: SchemaFor<S>, action: SessionAction<S>) {
  return withGuard(requireSignedIn, schema, action);
}

export function withRole<S extends z.ZodType>(area: Area, schema: SchemaFor<S>, action: SessionAction<S>) {
  return withGuard(() => requireRole(area), schema, action);
}

export function withPermission<S extends z.ZodType>(operation: Operation, schema: SchemaFor<S>, action: SessionAction<S>) {
  return withGuard(() => requirePermission(operation), schema, action);
}
