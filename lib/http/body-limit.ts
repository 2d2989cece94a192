/** Why: the server-action body limit is configured in next.config.ts and enforced early (413) by proxy.ts: one number. */
export const SERVER_ACTION_BODY_LIMIT_MB = 3;
export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;
