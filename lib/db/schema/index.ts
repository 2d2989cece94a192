/** Why: the one source of truth for the portal's relational data, one file per concern; drizzle-kit generates migrations from this folder. */
export * from './users';
export * from './audit';
export * from './auth-tokens';
export * from './sync';
export * from './analytics';
export * from './metrics';
export * from './mfa';
