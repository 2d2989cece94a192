/**
 * Why: zod skips a cross-field rule (superRefine) after any earlier issue, so one bad field hid every other error.
 * Passed as the rule's `when`, this runs it whenever the fields it reads parsed, whatever else failed.
 */
type RefinePayload = { issues: readonly { path?: readonly PropertyKey[] }[] };

export function whenParsed(fields: readonly string[]): (payload: RefinePayload) => boolean {
  const inputs = new Set<PropertyKey>(fields);
  return (payload) => payload.issues.every((issue) => !inputs.has(issue.path?.[0] as PropertyKey));
}
