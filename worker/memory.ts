/**
 * Why: every batch a sync reads lives long enough to be promoted to the old generation, and V8's default heap
 * growing lets that garbage pile up for a long while before a full collection, so the worker's peak RSS grew
 * with the size of the collection (+73 MB from 10k to 100k documents). Growing the heap by at most 20 % per
 * collection keeps the peak flat with no measurable cost in throughput (`npm run bench:sync`). It is a soft
 * policy, not a cap: a job with huge documents can still use the memory it needs.
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--heap-growing-percent=20');
