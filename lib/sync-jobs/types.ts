export type JobOperationResult = { message: string; jobId: string | null };
