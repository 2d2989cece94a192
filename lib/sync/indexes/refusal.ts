/**
 * Why: what a target server refuses is named, never dropped. Servers say it differently (FerretDB v1:
 * 'Index option "partialFilterExpression" is not implemented yet', "can't find index with key: { s: \"text\" }";
 * MongoDB: a CannotCreateIndex message), so the refusal is classified once, from the error the server returns.
 */
const NOT_IMPLEMENTED = 238;

export function refusalReason(error: unknown): string {
  const { code, message = String(error) } = error as { code?: number; message?: string };
  const option = /option "([^"]+)" is not implemented/i.exec(message)?.[1] ?? /field "([^"]+)" .*not implemented/i.exec(message)?.[1];
  if (option) return `${option} not supported by the target`;
  const keyType = /can't find index with key: \{[^:]+: "([^"]+)"/.exec(message)?.[1];
  if (keyType) return `${keyType} indexes not supported by the target`;
  if (code === NOT_IMPLEMENTED) return `not supported by the target (${message})`;
  return `the target refused it: ${message}`;
}
