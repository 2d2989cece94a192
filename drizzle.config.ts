/** Why: drizzle-kit reads the same validated DATABASE_URL as the app; migrations live in drizzle/ and are committed. */
import { defineConfig } from 'drizzle-kit';
import { env } from './lib/env';

export default defineConfig({
  dialect: 'mysql',
  schema: './lib/db/schema',
  out: './drizzle',
  dbCredentials: { url: env.DATABASE_URL },
});
