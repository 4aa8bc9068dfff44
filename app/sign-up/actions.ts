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
import { fieldErrorsOf, signUpSchema, type AuthFormState } from '@/lib/auth/schemas';

// Creating an account signs in at once; every new account is a contributor (the role is not
// an input: db/auth/auth.ts).

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  // Same-origin only (login CSRF): Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok) {
    return {
      status: 'error',
      message: 'This request did not come from this site. Reload the page and try again.',
    };
  }
  if (!isFormData(formData)) return { status: 'error', message: MALFORMED_CALL_MESSAGE };
  const raw = {
    name: formData.get('name'),
    email: formData.get('email'),
    password: formData.get('password'),
  };
  const values = {
    name: typeof raw.name === 'string' ? raw.name : '',
    email: typeof raw.email === 'string' ? raw.email : '',
  };
  const parsed = signUpSchema.safeParse(raw);
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
    const result = await auth.api.signUpEmail({
      body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password },
      headers: new Headers(await headers()),
      returnHeaders: true,
    });
    await applyAuthCookies(result.headers);
  } catch (error) {
    const failure = classifyAuthError(error);
    switch (failure.kind) {
      case 'rate-limited':
        return { status: 'error', message: tooManyAttemptsMessage(failure.retryAfterSeconds), values };
      case 'email-taken':
        return {
          status: 'error',
          message: 'Check the highlighted fields.',
          fieldErrors: { email: 'An account with this email already exists. Sign in instead.' },
          values,
        };
      case 'invalid-input':
        return { status: 'error', message: failure.message, values };
      default:
        return { status: 'error', message: 'Could not create the account. Try again.', values };
    }
  }
  revalidatePath('/', 'layout');
  redirect(safeNextPath(formData.get('next')));
}
