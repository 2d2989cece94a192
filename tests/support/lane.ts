/**
 * Why: two checkouts on one machine (a developer's worktrees, or CI beside a developer) must not share test
 * databases, queue prefixes or e2e ports. TEST_LANE=N (0-9, default 0) suffixes every such name and shifts ports.
 */
const lane = Number(process.env.TEST_LANE ?? '0');
if (!Number.isInteger(lane) || lane < 0 || lane > 9) throw new Error('TEST_LANE must be a whole number from 0 to 9');

export const LANE_SUFFIX = lane === 0 ? '' : `_lane${lane}`;
export const LANE_PORT_OFFSET = lane * 10;

/** The BullMQ and throttle key prefix of this lane's vitest run. */
export const TEST_QUEUE_PREFIX = `sync-portal-test${LANE_SUFFIX}`;
