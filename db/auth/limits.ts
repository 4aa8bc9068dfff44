import type { LimitRule } from './rate-limit';

/** Sign-in and sign-up limits; tests may pass their own to createAuth. */
export interface AuthLimits {
  /** Attempts per account (normalised email), successful or not; a success resets it. */
  signInPerAccount: LimitRule;
  /** Attempts per client address, all accounts together. */
  signInPerIp: LimitRule;
  /** New accounts per client address. */
  signUpPerIp: LimitRule;
}

export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  signInPerAccount: { max: 10, windowSeconds: 15 * 60 },
  signInPerIp: { max: 100, windowSeconds: 15 * 60 },
  signUpPerIp: { max: 100, windowSeconds: 60 * 60 },
};

export const RATE_LIMIT_KEYS = {
  signInAccount: (email: string) => `sign-in:account:${email}`,
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  signUpIp: (ip: string) => `sign-up:ip:${ip}`,
};
