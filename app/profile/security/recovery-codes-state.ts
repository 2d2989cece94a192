import type { FormState } from '@/lib/actions/validated';

/** An enrolment or regeneration answer: the plain recovery codes, shown this once. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };
