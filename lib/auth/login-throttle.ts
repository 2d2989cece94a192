/**
 * Why: the limits on guessing passwords and on creating accounts, in one place. Sign-in is limited per account
 * (whatever spelling of its email or username was typed; unknown identifiers by their NFKC + lower-case form)
 * and per client address; authentication codes per user; the current-password check of a password change per user; sign-up per address.
 */
import { env } from '../env';
import { createThrottle } from './throttle';

const FIFTEEN_MINUTES = 15 * 60;

export const signInAccountThrottle = createThrottle('login-account', env.LOGIN_MAX_ATTEMPTS, FIFTEEN_MINUTES);
export const signInAddressThrottle = createThrottle('login-address', env.LOGIN_MAX_ATTEMPTS_PER_ADDRESS, FIFTEEN_MINUTES);
/** Wrong authentication or recovery codes per user (sign-in's second step, enrolment, turning 2FA off). */
export const secondFactorThrottle = createThrottle('second-factor', env.LOGIN_MAX_ATTEMPTS, FIFTEEN_MINUTES);
export const passwordCheckThrottle = createThrottle('password-check', env.LOGIN_MAX_ATTEMPTS, FIFTEEN_MINUTES);
export const signUpAddressThrottle = createThrottle('signup-address', env.SIGNUP_MAX_PER_ADDRESS, 60 * 60);

/** The throttle key of an address (requests whose address is unknown share one). */
export const addressKey = (ip: string | null) => ip ?? 'unknown';
