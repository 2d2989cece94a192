// Imported first by prepare.ts: store modules read their configuration at import time.
import { E2E_ENV } from './env';

Object.assign(process.env, E2E_ENV, { NODE_ENV: 'test' });
