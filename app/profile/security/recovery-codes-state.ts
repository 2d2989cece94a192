import type { FormState } from '@/lib/action-wrapper/validated';

/** An enrolment or regeneration answer: the plain recovery codes, shown this once. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };
