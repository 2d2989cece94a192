/**
 * Why: index and option copy crosses engines and process boundaries (the report lives in the job's checkpoint
 * and result), so an index is described here once, in document terms (fields, not columns), as plain JSON.
 */

/** One index of a source, in document fields; options are kept only when set. */
export type IndexSpec = {
  name: string;
  /** Field → 1 / -1 / 'text' / 'hashed' / '2dsphere' …, in key order. */
  key: [string, number | string][];
  unique?: boolean;
  sparse?: boolean;
  /** Canonical Extended JSON of the filter, TTL seconds, and collation, as the source lists them. */
  partialFilterExpression?: string;
  expireAfterSeconds?: number;
  collation?: string;
  hidden?: boolean;
};

/** A source's indexes (without the one on _id / the primary key) and its collection options (validator, collation) as EJSON. */
export type SourceIndexes = { indexes: IndexSpec[]; options: Record<string, string> };

export type NotCreated = { name: string; reason: string };

/** What the index phase did: created on a target it created, or only compared with one that existed. */
export type IndexReport = {
  targetExisted: boolean;
  created: string[];
  /** Collection options applied when the target was created. */
  options: string[];
  notCreated: NotCreated[];
  /** An existing target's indexes that differ from the source's, one phrase each (nothing is changed). */
  differences: string[];
};

export const emptyReport = (targetExisted: boolean): IndexReport => ({ targetExisted, created: [], options: [], notCreated: [], differences: [] });

/** The report as log lines, each naming the index and why ("index b_p not created: partialFilterExpression not supported by the target"). */
export function reportLines(report: IndexReport): string[] {
  return [
    ...(report.created.length ? [`indexes created on the target: ${report.created.join(', ')}`] : []),
    ...(report.options.length ? [`collection options copied: ${report.options.join(', ')}`] : []),
    ...report.notCreated.map((n) => `${n.name} not created: ${n.reason}`),
    ...report.differences.map((d) => `the existing target differs (not changed): ${d}`),
  ];
}

/** Options that decide what an index means, for comparing two of them. */
function indexSignature(index: IndexSpec, ignoreSparse = false): string {
  const { name: _name, hidden: _hidden, sparse, ...rest } = index;
  return JSON.stringify({ ...rest, sparse: ignoreSparse ? undefined : Boolean(sparse), unique: Boolean(index.unique) });
}

/** Differences between the source's indexes and an existing target's, by index name. */
export function indexDifferences(source: IndexSpec[], target: IndexSpec[], ignoreSparse = false): string[] {
  const byName = new Map(target.map((index) => [index.name, index]));
  const sourceNames = new Set(source.map((index) => index.name));
  return [
    ...source.flatMap((index) => {
      const there = byName.get(index.name);
      if (!there) return [`index ${index.name} is missing on the target`];
      return indexSignature(there, ignoreSparse) === indexSignature(index, ignoreSparse)
        ? []
        : [`index ${index.name} is ${describeIndex(there)} on the target, ${describeIndex(index)} on the source`];
    }),
    ...target.filter((index) => !sourceNames.has(index.name)).map((index) => `index ${index.name} is on the target only`),
  ];
}

function describeIndex(index: IndexSpec): string {
  const key = index.key.map(([field, dir]) => `${field}: ${dir}`).join(', ');
  const flags = [
    index.unique && 'unique',
    index.sparse && 'sparse',
    index.partialFilterExpression && `partial ${index.partialFilterExpression}`,
    index.expireAfterSeconds !== undefined && `TTL ${index.expireAfterSeconds} s`,
    index.collation && `collation ${index.collation}`,
  ].filter(Boolean);
  return `{ ${key} }${flags.length ? ` ${flags.join(', ')}` : ''}`;
}
