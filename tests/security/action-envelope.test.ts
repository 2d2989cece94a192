import { describe, expect, it } from 'vitest';
import { actionTakesNoArguments, isFetchEnvelope } from '@/lib/http/action-envelope';

// Ids as Next 16 writes them: the first byte says which arguments the action reads.
const SIGN_OUT_ID = '0008c77c5b0a8f8a83d8bd1ab8f25bd227bfe23e06';
const FORM_ACTION_ID = '7f19c0b007f12475b56a5f73e5e0e9f378224b596f';

describe('server-action envelopes', () => {
  it('lets an action that reads no arguments be called with none, and no other', () => {
    expect(actionTakesNoArguments(SIGN_OUT_ID)).toBe(true);
    expect(actionTakesNoArguments(FORM_ACTION_ID)).toBe(false);
    expect(actionTakesNoArguments(null)).toBe(false);
    expect(actionTakesNoArguments('zz')).toBe(false);
    expect(isFetchEnvelope('[]', actionTakesNoArguments(SIGN_OUT_ID))).toBe(true);
    expect(isFetchEnvelope('[]', actionTakesNoArguments(FORM_ACTION_ID))).toBe(false);
    expect(isFetchEnvelope('["$K1"]', actionTakesNoArguments(FORM_ACTION_ID))).toBe(true);
  });
});
