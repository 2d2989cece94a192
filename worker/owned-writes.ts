/**
 * Why: after a Redis restart (or a long pause) BullMQ may hand a job to a second processing while the first one is
 * still running. Every write a processing makes to its job (checkpoint, progress, log line) therefore goes
 * through one Lua script that first checks, atomically in Redis, that the job's lock still holds this
 * processing's token; a checkpoint is also compared with the one stored in Redis (never an in-memory copy), so
 * a stale processing can neither report nor move the checkpoint backwards.
 */
import type { RedisClient } from 'bullmq';
import type { SyncJob, SyncJobData, SyncProgress } from '../lib/queue/types';
import type { Checkpoint } from '../lib/sync/types';

/** written: stored; behind: refused as older than the stored checkpoint; lost: the lock is not ours. */
export type WriteOutcome = 'written' | 'behind' | 'lost';

const COMMAND = 'syncPortalOwnedWrite';

// KEYS: job hash, lock, logs, events stream, meta. ARGV: token, op, payload, then per op:
// log: keepLogs; progress: job id; data: copied, deleted, '1' when the new checkpoint is in the delete phase.
const LUA = `
local rcall = redis.call
if rcall('GET', KEYS[2]) ~= ARGV[1] then return -1 end
local op = ARGV[2]
if op == 'log' then
  rcall('RPUSH', KEYS[3], ARGV[3])
  if ARGV[4] ~= '' then rcall('LTRIM', KEYS[3], -tonumber(ARGV[4]), -1) end
elseif op == 'progress' then
  rcall('HSET', KEYS[1], 'progress', ARGV[3])
  local maxEvents = tonumber(rcall('HGET', KEYS[5], 'opts.maxLenEvents')) or 10000
  rcall('XADD', KEYS[4], 'MAXLEN', '~', maxEvents, '*', 'event', 'progress', 'jobId', ARGV[4], 'data', ARGV[3])
elseif op == 'data' then
  local raw = rcall('HGET', KEYS[1], 'data')
  if not raw then return -1 end
  local stored = cjson.decode(raw).checkpoint
  if type(stored) == 'table' then
    if stored.phase == 'delete' and ARGV[6] ~= '1' then return 0 end
    if tonumber(ARGV[4]) < (tonumber(stored.copied) or 0) then return 0 end
    if tonumber(ARGV[5]) < (tonumber(stored.deleted) or 0) then return 0 end
  end
  rcall('HSET', KEYS[1], 'data', ARGV[3])
end
return 1
`;

const defined = new WeakSet<RedisClient>();

export class OwnedJobWrites {
  constructor(
    private readonly client: RedisClient,
    private readonly job: SyncJob,
    private readonly token: string,
  ) {
    if (!defined.has(client)) {
      client.defineCommand(COMMAND, { numberOfKeys: 5, lua: LUA });
      defined.add(client);
    }
  }

  log(line: string): Promise<WriteOutcome> {
    return this.run('log', line, String(this.job.opts.keepLogs ?? ''));
  }

  progress(progress: SyncProgress): Promise<WriteOutcome> {
    return this.run('progress', JSON.stringify(progress), String(this.job.id));
  }

  /** Replaces the job's data; refused when its checkpoint is behind the stored one. */
  data(data: SyncJobData): Promise<WriteOutcome> {
    const next: Checkpoint = data.checkpoint ?? { lastId: null, copied: 0 };
    return this.run('data', JSON.stringify(data), String(next.copied), String(next.deleted ?? 0), next.phase === 'delete' ? '1' : '0');
  }

  private async run(op: string, payload: string, ...args: string[]): Promise<WriteOutcome> {
    const jobKey = `${this.job.queueQualifiedName}:${this.job.id}`;
    const keys = [jobKey, `${jobKey}:lock`, `${jobKey}:logs`, `${this.job.queueQualifiedName}:events`, `${this.job.queueQualifiedName}:meta`];
    const result = Number(await this.client.runCommand(COMMAND, [...keys, this.token, op, payload, ...args]));
    return result === 1 ? 'written' : result === 0 ? 'behind' : 'lost';
  }
}
