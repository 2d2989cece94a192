'use client';
import { useState } from 'react';

/**
 * A new key per action result: remounting the fields makes every default the value just submitted (React resets
 * an action form's fields to their defaults after it runs). The key changes whenever a new result object arrives.
 */
export function useFormKey(state: object): string {
  const [seen, setSeen] = useState({ state, key: 0 });
  if (seen.state !== state) setSeen({ state, key: seen.key + 1 });
  return `form-${seen.state === state ? seen.key : seen.key + 1}`;
}
