/**
 * Why: Next answers a server-action request whose body React cannot decode (not JSON, not an argument list, a
 * reference to something never sent) with a 500 and no security headers. Every action of the portal is a form
 * action, so its envelope has one shape, checked here before Next decodes it: the arguments are a JSON list of at
 * most a previous form state (a plain object) and the form ("$K<n>"), or none for an action whose id says it reads none; the no-JavaScript form of the same call is
 * a descriptor `{"id": "…", "bound": null | "$@<n>"}` whose bound arguments are such a list. Edge-safe, pure.
 */
type Fields = { get(name: string): unknown; keys(): Iterable<string> };

/** Strings React writes for values JSON cannot carry; every other "$…" string is a reference to refuse. */
const PLAIN_DOLLAR = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;
const FORM_REFERENCE = /^\$K\d{1,6}$/;

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isPlainValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === 'string') return !value.startsWith('$') || PLAIN_DOLLAR.test(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every((item) => isPlainValue(item, depth + 1));
}

/**
 * Whether the action reads no arguments: Next sends `[]` for it. The first byte of an action id carries which of its
 * first six arguments the action uses (bits 6–1) and whether it takes rest arguments (bit 0).
 */
export function actionTakesNoArguments(actionId: string | null): boolean {
  const info = actionId && /^[0-9a-f]{2}/i.test(actionId) ? parseInt(actionId.slice(0, 2), 16) : NaN;
  return Number.isInteger(info) && (info & 0x7f) === 0;
}

/** `[form]` or `[previousState, form]`. */
function isFormArguments(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) return false;
  const form = value[value.length - 1];
  const previous = value.length === 2 ? value[0] : null;
  return (
    typeof form === 'string' &&
    FORM_REFERENCE.test(form) &&
    (previous === null || previous === '$undefined' || (typeof previous === 'object' && !Array.isArray(previous) && isPlainValue(previous)))
  );
}

function isBoundDescriptor(fields: Fields, ref: string): boolean {
  const descriptor = parseJson(fields.get(`$ACTION_${ref}:0`));
  if (!descriptor.ok || descriptor.value === null || typeof descriptor.value !== 'object') return false;
  const { id, bound } = descriptor.value as { id?: unknown; bound?: unknown };
  if (typeof id !== 'string') return false;
  if (bound === null) return true;
  const at = typeof bound === 'string' ? /^\$@(\d{1,6})$/.exec(bound) : null;
  if (!at) return false;
  const args = parseJson(fields.get(`$ACTION_${ref}:${at[1]}`));
  return args.ok && Array.isArray(args.value) && isPlainValue(args.value);
}

/** A fetch-style call (Next-Action header): the arguments as text, or as field "0" of a multipart body. */
export function isFetchEnvelope(body: string | Fields, takesNoArguments = false): boolean {
  const root = parseJson(typeof body === 'string' ? body : body.get('0'));
  if (root.ok && takesNoArguments && Array.isArray(root.value) && root.value.length === 0) return true;
  return root.ok && isFormArguments(root.value);
}

/** A no-JavaScript form post: every `$ACTION_REF_<n>` names a well-formed descriptor. */
export function isFormPostEnvelope(fields: Fields): boolean {
  for (const key of fields.keys()) {
    if (key.startsWith('$ACTION_REF_') && !isBoundDescriptor(fields, key.slice('$ACTION_REF_'.length))) return false;
  }
  return true;
}
