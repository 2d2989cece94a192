/**
 * Why: the server and the worker write JSON lines (level, time, message, the ids that matter) that a log
 * collector can index, through one pino logger. Anything that could identify a person or open a door — email
 * addresses, tokens, passwords, cookies, connection strings — is redacted by key, and scrubbed out of error
 * messages (an SMTP refusal quotes the recipient). `npm run stack` pipes the lines through pino-pretty.
 */
import { pino, stdSerializers } from 'pino';
import { env } from './env';

const SECRET_KEYS = ['email', 'to', 'from', 'password', 'token', 'secret', 'cookie', 'authorization', 'url', 'uri', 'connectionString'];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

const EMAIL_ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g;
const URL_CREDENTIALS = /([a-z][\w+.-]*:\/\/)[^/\s@]*@/gi;

/** A message with email addresses and URL credentials replaced, safe to log. */
export function scrub(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1[redacted]@').replace(EMAIL_ADDRESS, '[email]');
}

/** The error with every string in it scrubbed: drivers add the server's reply, rejected recipients, the URL they used. */
function scrubbedError(error: Error): Record<string, unknown> {
  return JSON.parse(scrub(JSON.stringify(stdSerializers.err(error)))) as Record<string, unknown>;
}

export const log = pino({
  level: env.LOG_LEVEL,
  base: { pid: process.pid },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  serializers: { err: scrubbedError, error: scrubbedError },
  hooks: {
    logMethod(args, method) {
      const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>;
      method.apply(this, scrubbed);
    },
  },
});

export type Logger = typeof log;
