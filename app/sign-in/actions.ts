'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { checkActionOrigin } from '@/lib/security/origin';
import { isFormData, MALFORMED_CALL_MESSAGE } from '@/lib/forms/action-args';
import { redirect } from 'next/navigation';
import { classifyAuthError } from '@/db/auth/auth-errors';
import { getAuth } from '@/db/auth/auth';
import { applyAuthCookies } from '@/db/auth/cookies';
import { tooManyAttemptsMessage } from '@/lib/auth/rate-limit-message';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { fieldErrorsOf, signInSchema, type AuthFormState } from '@/lib/auth/schemas';

// The sign-in form's action. It goes through `auth.api.signInEmail`, whose before-hook applies
// the same per-account and per-address limits as the HTTP endpoint (db/auth/auth.ts).

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  // Same-origin only (login CSRF): Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok) {
    return {
      status: 'error',
      message: 'This request did not come from this site. Reload the page and try again.',
    };
  }
  if (!isFormData(formData)) return { status: 'error', message: MALFORMED_CALL_MESSAGE };
  const raw = { email: formData.get('email'), password: formData.get('password') };
  const values = { email: typeof raw.email === 'string' ? raw.email : '' };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Check the highlighted fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  const auth = await getAuth();
  try {
    const result = await auth.api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true },
      headers: new Headers(await headers()),
      returnHeaders: true,
    });
    await applyAuthCookies(result.headers);
  } catch (error) {
    const failure = classifyAuthError(error);
    switch (failure.kind) {
      case 'rate-limited':
        return { status: 'error', message: tooManyAttemptsMessage(failure.retryAfterSeconds), values };
      case 'invalid-credentials':
        return {
          status: 'error',
          message: 'Wrong email or password.',
          fieldErrors: { password: 'The email and password do not match an account.' },
          values,
        };
      default:
        return {
          status: 'error',
          message: 'message' in failure ? failure.message : 'Sign-in failed. Try again.',
          values,
        };
    }
  }
  revalidatePath('/', 'layout');
  redirect(safeNextPath(formData.get('next')));
}
