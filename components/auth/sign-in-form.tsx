'use client';

import Link from 'next/link';
import { useActionState, useRef } from 'react';
import { INITIAL_AUTH_FORM_STATE, type AuthFormState } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import styles from './auth.module.css';
import { FormSummary } from './form-summary';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

type Action = (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;

export function SignInForm({ action, next }: { action: Action; next?: string }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state, 'sign-in-summary');
  const errors = state.fieldErrors ?? {};
  const signUpHref = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <>
      <FormSummary id="sign-in-summary" message={state.status === 'error' ? state.message : undefined} />
      <form ref={formRef} action={formAction} className={styles.form} noValidate aria-label="Sign in">
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <AuthField
          formId="sign-in"
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          defaultValue={state.values?.email ?? ''}
          error={errors.email}
        />
        <AuthField
          formId="sign-in"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <SubmitButton pendingLabel="Signing in…" className={styles.submit}>
          Sign in
        </SubmitButton>
        <p className={styles.alt}>
          New here? <Link href={signUpHref}>Create an account</Link>
        </p>
      </form>
    </>
  );
}
