'use client';
import { useMemo } from 'react';

let submissions = 0;

/** A new key per action result: remounting the fields makes every default the value just submitted. */
export function useFormKey(state: object): string {
  return useMemo(() => `form-${(submissions += 1)}`, [state]);
}
