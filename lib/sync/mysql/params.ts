/** Why: keys and watermarks travel as BSON values (EJSON in checkpoints); MySQL compares them as plain SQL values. */
export function sqlParam(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || typeof value !== 'object') return value;
  const type = (value as { _bsontype?: string })._bsontype;
  if (type === 'ObjectId') return (value as { toHexString(): string }).toHexString();
  if (type === 'Int32' || type === 'Double') return Number(value.valueOf());
  if (type === 'Long' || type === 'Decimal128') return String(value);
  if (type === 'Binary') return Buffer.from((value as { buffer: Uint8Array }).buffer);
  return value;
}
