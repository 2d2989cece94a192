/** Why: a MySQL row id arrives from a form or a path as text; only plain decimal digits name a row (no "1e3", "0x10", " 7"). */
import { z } from 'zod';

export function rowIdSchema(message: string) {
  return z
    .string(message)
    .regex(/^[1-9]\d{0,9}$/, message)
    .transform(Number);
}
