/**
 * Why: callers must tell apart "this spec can never work" (no retry), "stop here, the checkpoint is saved"
 * (cancel or shutdown) and everything else (transient: retry with backoff).
 */
export class SyncConfigError extends Error {
  override name = 'SyncConfigError';
}

export class SyncAbortedError extends Error {
  override name = 'SyncAbortedError';
  constructor(readonly reason: unknown) {
    super(`sync stopped at a batch boundary: ${String(reason)}`);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncAbortedError(signal.reason);
}
