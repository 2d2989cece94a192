import type { z } from 'zod';

/** Messages per form field (form-level ones under "form"), as a feature's parser returns them. */
export type FieldErrors = Record<string, string[] | undefined>;
export type FormParse<T> = { success: true; data: T } | { success: false; fieldErrors: FieldErrors };

/** A parser for forms whose fields are flat names for a nested value (a sync spec, a schedule). */
export type FormParser<T> = { parseForm(input: FormData | Record<string, unknown>): FormParse<T> };

/** The first message per top-level field (form-level issues under "form"), as forms and CLIs show them. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** One line per field, as a form shows it under the field. */
export function toFormErrors(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).flatMap(([field, messages]) => (messages?.length ? [[field, messages.join('; ')]] : [])));
}
