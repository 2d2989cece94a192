'use client';
/**
 * Why: every client form opens the same way — its server action's state, starting empty, and that state's
 * per-field errors (an empty record until the action returns some). Generic so a richer state (e.g. one carrying
 * recovery codes) keeps its type.
 */
import { useActionState } from 'react';
import type { FormState } from '@/lib/action-wrapper/validated';

type FormAction<S> = (state: Partial<S>, formData: FormData) => Partial<S> | Promise<Partial<S>>;

export function useFormAction<S extends FormState = FormState>(serverAction: FormAction<S>) {
  // `{}` is a Partial<S>; TypeScript cannot see that through Awaited<> on a generic.
  const [state, action] = useActionState<Partial<S>, FormData>(serverAction, {} as Awaited<Partial<S>>);
  const errors: Record<string, string> = state.errors ?? {};
  return { state, action, errors };
}
