import type { z } from 'zod';

/** The first message per top-level field (form-level issues under "form"), as forms and CLIs show them. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
