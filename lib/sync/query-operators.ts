/**
 * Why: filters and projections come from admins' text boxes and are sent to the database verbatim, so anything
 * that would run JavaScript on the server (or write, or read other collections) must be refused before a job is
 * queued. An allow-list fails closed: an operator we have not thought about is refused with its name.
 */
import type { Document } from 'bson';

const JAVASCRIPT_OPERATORS: Record<string, string> = {
  $where: 'it runs JavaScript on the server',
  $function: 'it runs JavaScript on the server',
  $accumulator: 'it runs JavaScript on the server',
  $javascript: 'it runs JavaScript on the server',
};

/** Comparisons both a query and an aggregation expression know. */
const COMPARISONS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte'];

const QUERY_OPERATORS = new Set([
  ...COMPARISONS,
  '$in',
  '$nin',
  '$and',
  '$or',
  '$nor',
  '$not',
  '$exists',
  '$type',
  '$regex',
  '$options',
  '$all',
  '$elemMatch',
  '$size',
  '$mod',
  '$bitsAllSet',
  '$bitsAnySet',
  '$bitsAllClear',
  '$bitsAnyClear',
  '$comment',
  '$expr',
]);

const EXPRESSION_OPERATORS = new Set([
  ...COMPARISONS,
  '$cmp',
  '$and',
  '$or',
  '$not',
  '$in',
  '$add',
  '$subtract',
  '$multiply',
  '$divide',
  '$mod',
  '$abs',
  '$ceil',
  '$floor',
  '$round',
  '$trunc',
  '$size',
  '$ifNull',
  '$cond',
  '$switch',
  '$literal',
  '$concat',
  '$toLower',
  '$toUpper',
  '$strLenCP',
  '$substrCP',
  '$split',
  '$trim',
  '$regexMatch',
  '$year',
  '$month',
  '$dayOfMonth',
  '$dayOfWeek',
  '$hour',
  '$dateToString',
  '$toString',
  '$toInt',
  '$toLong',
  '$toDouble',
  '$toDate',
  '$toBool',
  '$type',
  '$arrayElemAt',
  '$max',
  '$min',
  '$sum',
  '$avg',
  '$isArray',
  '$isNumber',
  '$first',
  '$last',
  '$filter',
  '$map',
  '$reduce',
  '$setIsSubset',
]);

const PROJECTION_OPERATORS = new Set(['$slice', '$elemMatch']);

export type OperatorContext = 'filter' | 'projection';

/** Deeper documents are refused before they reach the driver (MongoDB's own limit is 100; real filters need few). */
export const MAX_NESTING_DEPTH = 20;

/**
 * Returns a message naming the first refused operator (or a reserved key, or too deep a nesting), or null when
 * every `$` key is allowed.
 */
export function findRefusedOperator(value: unknown, context: OperatorContext): string | null {
  return walk(value, context === 'filter' ? QUERY_OPERATORS : PROJECTION_OPERATORS, context, 0);
}

function walk(value: unknown, allowed: Set<string>, context: OperatorContext | 'expression', depth: number): string | null {
  if (depth > MAX_NESTING_DEPTH) return `the ${context === 'expression' ? 'filter' : context} is nested more than ${MAX_NESTING_DEPTH} levels deep`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const refused = walk(item, allowed, context, depth + 1);
      if (refused) return refused;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, '_bsontype'))
    return 'the key "_bsontype" is reserved by the BSON library and cannot be used';
  if (!isPlainDocument(value)) return refusedValue(value);
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$')) {
      const why = JAVASCRIPT_OPERATORS[key];
      if (why) return `operator ${key} is not allowed (${why})`;
      if (!allowed.has(key)) return `operator ${key} is not allowed in a ${context === 'expression' ? 'filter $expr' : context}`;
    }
    const nextAllowed = key === '$expr' || context === 'expression' ? EXPRESSION_OPERATORS : allowed;
    const nextContext = key === '$expr' ? 'expression' : context;
    const refused = walk(child, nextAllowed, nextContext, depth + 1);
    if (refused) return refused;
  }
  return null;
}

function refusedValue(value: unknown): string | null {
  const bsonType = (value as { _bsontype?: string } | null)?._bsontype;
  if (bsonType === 'Code') return 'JavaScript code values ($code) are not allowed (they run on the server)';
  return null;
}

function isPlainDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !('_bsontype' in value) && !(value instanceof Date) && !(value instanceof RegExp);
}
