/**
 * Why: zod compiles object schemas with `new Function` unless configured otherwise, and probes whether it may by
 * calling `Function('')` the first time it builds one. The portal's CSP forbids eval in the browser, so that probe
 * logged a CSP violation on every page whose client code builds a schema (the column-map editor). In the browser,
 * zod is told not to compile: the same checks, run without eval. The server keeps zod's compiled fast path. Import
 * this before any schema a client component uses is built.
 */
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });
