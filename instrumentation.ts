/** Why: Next runs register() once when the server starts; the Node server gets its method guard there (see lib/http/unsupported-methods.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnsupportedMethods } = await import('./lib/http/unsupported-methods');
  refuseUnsupportedMethods();
}
