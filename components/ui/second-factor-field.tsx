'use client';
import { useState } from 'react';
import { Field } from './field';

const KINDS = {
  code: {
    label: 'Authentication code',
    name: 'code',
    inputMode: 'numeric',
    autoComplete: 'one-time-code',
    hint: 'The 6-digit code your authenticator app shows now.',
    other: 'Use a recovery code instead',
  },
  recovery: {
    label: 'Recovery code',
    name: 'recoveryCode',
    inputMode: 'text',
    autoComplete: 'off',
    hint: 'One of the codes you saved when you set up 2FA; each works once.',
    other: 'Use your authenticator app instead',
  },
} as const;

/** An authenticator code, or (after "Use a recovery code instead") a recovery code; posts `method` with it. */
export function SecondFactorField({ errors, hints = false }: { errors: Record<string, string>; hints?: boolean }) {
  const [method, setMethod] = useState<keyof typeof KINDS>('code');
  const { other, hint, ...field } = KINDS[method];
  return (
    <div className="space-y-2">
      <input type="hidden" name="method" value={method} />
      <Field key={method} {...field} hint={hints ? hint : undefined} error={errors[field.name]} required />
      <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setMethod(method === 'code' ? 'recovery' : 'code')}>
        {other}
      </button>
    </div>
  );
}
