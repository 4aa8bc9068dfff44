'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { ApiTokenError, createApiToken, revokeApiToken } from '@/db/auth/api-tokens';
import { getAuth } from '@/db/auth/auth';
import { applyAuthCookies } from '@/db/auth/cookies';
import { getDb } from '@/db/server';
import type { TokenFormState } from '@/lib/auth/account-forms';
import { isFormData, MALFORMED_CALL_MESSAGE } from '@/lib/forms/action-args';
import { fieldErrorsOf, tokenNameSchema } from '@/lib/auth/schemas';
import { checkActionOrigin } from '@/lib/security/origin';

// Signing out, and the user's own API tokens. Each action re-reads the actor: a token belongs
// to whoever is signed in when the form is submitted, nothing from the form says whose it is.

export async function signOutAction(): Promise<void> {
  // Same-origin only: Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok) redirect('/');
  const auth = await getAuth();
  const requestHeaders = new Headers(await headers());
  try {
    const result = await auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
    await applyAuthCookies(result.headers);
  } catch {
    // No session (already signed out, or expired): nothing to end.
  }
  revalidatePath('/', 'layout');
  redirect('/');
}

export async function createTokenAction(
  _previous: TokenFormState,
  formData: FormData,
): Promise<TokenFormState> {
  // Same-origin only: Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok)
    return { status: 'error', message: 'This request did not come from this site: no token was created.' };
  const actor = await getRequestActor();
  if (actor.kind !== 'user') return { status: 'error', message: 'Your session has ended: sign in again.' };
  if (!isFormData(formData)) return { status: 'error', message: MALFORMED_CALL_MESSAGE };
  const raw = formData.get('name');
  const name = typeof raw === 'string' ? raw : '';
  const parsed = tokenNameSchema.safeParse({ name: raw });
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Check the token name.',
      fieldErrors: fieldErrorsOf(parsed.error),
      name,
    };
  }
  try {
    const { token, summary } = await createApiToken(await getDb(), actor.id, parsed.data.name);
    revalidatePath('/account');
    return { status: 'created', token, tokenName: summary.name, message: `Token "${summary.name}" created.` };
  } catch (error) {
    if (error instanceof ApiTokenError)
      return { status: 'error', message: error.message, fieldErrors: { name: error.message }, name };
    throw error;
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  // Same-origin only: Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok) return;
  const actor = await getRequestActor();
  if (actor.kind !== 'user') redirect('/sign-in?next=/account');
  if (!isFormData(formData)) return;
  const id = formData.get('tokenId');
  if (typeof id === 'string') await revokeApiToken(await getDb(), actor.id, id);
  revalidatePath('/account');
}
