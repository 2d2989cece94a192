/**
 * Why: every form action parses FormData with its feature's schema the same way, returns per-field errors and
 * the values to put back in the form (never passwords or files), hands the action the caller's address, and turns
 * a store outage into one calm message instead of an error page. Next's redirect/forbidden signals pass through.
 */
import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { isCallerError, isServiceUnavailable, unavailableMessage } from '../errors';
import { clientInfo } from '../request-info';
import { requestLog } from '../request-log';
import { fieldErrors, toFormErrors, type FormParse, type FormParser } from '../validation/field-errors';

export type FormState = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
  /** Whatever the action created or touched, for the form to link to (e.g. a queued job's id). */
  id?: string;
  /** File fields that held a file when the form came back with errors: browsers cannot keep them, so say so. */
  chooseAgain?: string[];
};

/** Checks of what the schema cannot see (uploaded files), run with it so one submit reports every error. */
export type ExtraChecks = (formData: FormData) => Promise<Record<string, string>>;

function chosenFiles(formData: FormData): string[] {
  return [...formData].filter(([, value]) => value instanceof File && value.size > 0).map(([key]) => key);
}

/** A zod schema over the form's fields, or a feature's parser for flat fields of a nested value. */
export type FormSchema<T> = z.ZodType<T> | FormParser<T>;

/** What every action receives besides its parsed input (files, if any, are read from `formData`). */
export type PublicContext = { ip: string | null; formData: FormData };

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

function parseForm<T>(schema: FormSchema<T>, formData: FormData): FormParse<T> | { success: false; errors: Record<string, string> } {
  if ('parseForm' in schema) return schema.parseForm(formData);
  const parsed = schema.safeParse(formObject(formData));
  return parsed.success ? { success: true, data: parsed.data } : { success: false, errors: fieldErrors(parsed.error) };
}

/**
 * The one wrapper: `prepare` (e.g. the session check) runs first and may pick the schema; the input is parsed;
 * the action gets the parsed data and its context. Refusals meant for the caller come back as the form's message.
 */
export function wrapAction<T, C>(
  prepare: () => Promise<{ schema: FormSchema<T>; context: C }>,
  action: (data: T, context: C & PublicContext) => Promise<FormState | void>,
  extraChecks?: ExtraChecks,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = echoValues(formData);
    try {
      const { schema, context } = await prepare();
      const parsed = parseForm(schema, formData);
      const extra = (await extraChecks?.(formData)) ?? {};
      const chooseAgain = chosenFiles(formData);
      if (!parsed.success || Object.keys(extra).length > 0) {
        const errors = parsed.success ? {} : 'errors' in parsed ? parsed.errors : toFormErrors(parsed.fieldErrors);
        return { errors: { ...extra, ...errors }, values, chooseAgain };
      }
      const { ip } = clientInfo(await headers());
      const outcome: FormState = { values, ...(await action(parsed.data, { ...context, ip, formData })) };
      return outcome.errors ? { ...outcome, chooseAgain } : outcome;
    } catch (error) {
      unstable_rethrow(error);
      if (isCallerError(error)) return { errors: { form: error.message }, values };
      if (isServiceUnavailable(error)) {
        (await requestLog()).warn({ err: error }, 'action refused: a store is unavailable');
        return { errors: { form: unavailableMessage(error) }, values };
      }
      (await requestLog()).error({ err: error }, 'action failed');
      throw error;
    }
  };
}

/** A form action for anyone (sign-in, sign-up, password reset). */
export function validatedAction<T>(schema: FormSchema<T>, action: (data: T, context: PublicContext) => Promise<FormState | void>, extraChecks?: ExtraChecks) {
  return wrapAction(async () => ({ schema, context: {} }), action, extraChecks);
}
