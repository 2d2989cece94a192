/**
 * Why: every form action parses FormData with its shared zod schema the same way, returns per-field errors and
 * the values to put back in the form (never passwords or files), and turns a store outage into one calm message
 * instead of an error page. Next's redirect/forbidden signals pass through untouched.
 */
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { isCallerError, isServiceUnavailable, unavailableMessage } from '../errors';
import { fieldErrors } from '../validation/field-errors';

export type FormState = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
  /** Whatever the action created or touched, for the form to link to (e.g. a queued job's id). */
  id?: string;
};

const SECRET_FIELD = /password/i;

export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !SECRET_FIELD.test(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

function formObject(formData: FormData): Record<string, FormDataEntryValue> {
  const object: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData) if (!key.startsWith('$ACTION')) object[key] = value;
  return object;
}

export function validatedAction<S extends z.ZodType>(
  schema: S | (() => Promise<S>),
  action: (data: z.infer<S>, formData: FormData) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = echoValues(formData);
    try {
      const resolved = typeof schema === 'function' ? await schema() : schema;
      const parsed = resolved.safeParse(formObject(formData));
      if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
      return { values, ...(await action(parsed.data, formData)) };
    } catch (error) {
      unstable_rethrow(error);
      if (isCallerError(error)) return { errors: { form: error.message }, values };
      if (isServiceUnavailable(error)) return { errors: { form: unavailableMessage(error) }, values };
      throw error;
    }
  };
}
