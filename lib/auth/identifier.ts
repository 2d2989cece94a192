/**
 * Why: sign-in compares the identifier with the stored email or username exactly, after one canonical form (NFC,
 * lower case), so look-alike spellings (`sécxbrute2`, `ſecxbrute2`) never open an account; the throttle keys an
 * unknown identifier by its compatibility form (NFKC, lower case) so such variants share one counter.
 */
export const canonicalIdentifier = (raw: string) => raw.trim().normalize('NFC').toLowerCase();

export const identifierThrottleKey = (raw: string) => `name:${raw.trim().normalize('NFKC').toLowerCase()}`;
