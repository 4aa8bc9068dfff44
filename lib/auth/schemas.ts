import { z } from 'zod';

// The sign-in, sign-up and token forms' input, shared by the forms and their server actions.
// The password length limits match the auth instance (db/auth/auth.ts).

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;
export const TOKEN_NAME_MAX = 80;

const email = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@example.com.'));

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, 'Enter your name.')
    .max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`),
  email,
  password: z
    .string({ error: 'Choose a password.' })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});

export const tokenNameSchema = z.object({
  name: z
    .string({ error: 'Give the token a name.' })
    .trim()
    .min(1, 'Give the token a name.')
    .max(TOKEN_NAME_MAX, `Token names are at most ${TOKEN_NAME_MAX} characters.`),
});

export type AuthField = 'name' | 'email' | 'password';

/** What a sign-in or sign-up form shows after a failed submission. */
export interface AuthFormState {
  status: 'idle' | 'error';
  /** The summary, read out by the aria-live region. */
  message?: string;
  fieldErrors?: Partial<Record<AuthField, string>>;
  /** What the user typed (never the password), so nothing is lost to an error. */
  values?: { name?: string; email?: string };
}

export const INITIAL_AUTH_FORM_STATE: AuthFormState = { status: 'idle' };

/** The first message per field of a failed parse. */
export function fieldErrorsOf<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in errors)) errors[field as F] = issue.message;
  }
  return errors;
}
