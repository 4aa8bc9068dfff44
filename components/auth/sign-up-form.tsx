'use client';

import Link from 'next/link';
import { useActionState, useRef } from 'react';
import { INITIAL_AUTH_FORM_STATE, PASSWORD_MIN, type AuthFormState } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import styles from './auth.module.css';
import { FormSummary } from './form-summary';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

type Action = (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;

export function SignUpForm({ action, next }: { action: Action; next?: string }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state, 'sign-up-summary');
  const errors = state.fieldErrors ?? {};
  const signInHref = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  return (
    <>
      <FormSummary id="sign-up-summary" message={state.status === 'error' ? state.message : undefined} />
      <form
        ref={formRef}
        action={formAction}
        className={styles.form}
        noValidate
        aria-label="Create an account"
      >
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <AuthField
          formId="sign-up"
          name="name"
          label="Name"
          hint="Shown beside your changes in the history."
          autoComplete="name"
          required
          defaultValue={state.values?.name ?? ''}
          error={errors.name}
        />
        <AuthField
          formId="sign-up"
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
          formId="sign-up"
          name="password"
          label="Password"
          hint={`At least ${PASSWORD_MIN} characters.`}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          required
          error={errors.password}
        />
        <SubmitButton pendingLabel="Creating your account…" className={styles.submit}>
          Create account
        </SubmitButton>
        <p className={styles.alt}>
          Already have an account? <Link href={signInHref}>Sign in</Link>
        </p>
      </form>
    </>
  );
}
