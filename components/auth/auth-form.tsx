'use client';

import Link from 'next/link';
import { useActionState, useRef, type ReactNode } from 'react';
import { INITIAL_AUTH_FORM_STATE, type AuthFormState } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import styles from './auth.module.css';
import { FormSummary } from './form-summary';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

export type AuthAction = (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;

interface AuthFormProps {
  /** Prefix of the ids of the form's summary and fields ("sign-in"). */
  formId: string;
  label: string;
  action: AuthAction;
  /** Where to go after success; carried to the other form's link too. */
  next?: string;
  submitLabel: string;
  pendingLabel: string;
  /** The link to the other form: "New here? Create an account". */
  alternative: { prompt: string; label: string; path: string };
  /** The fields, given the last answer's values and errors. */
  children: (state: AuthFormState, errors: NonNullable<AuthFormState['fieldErrors']>) => ReactNode;
}

/** The shell shared by sign-in and sign-up: error summary, focus on the first error, submit. */
export function AuthForm({
  formId,
  label,
  action,
  next,
  submitLabel,
  pendingLabel,
  alternative,
  children,
}: AuthFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryId = `${formId}-summary`;
  useFocusFirstError(formRef, state, summaryId);
  const alternativeHref = next ? `${alternative.path}?next=${encodeURIComponent(next)}` : alternative.path;
  return (
    <>
      <FormSummary id={summaryId} message={state.status === 'error' ? state.message : undefined} />
      <form ref={formRef} action={formAction} className={styles.form} noValidate aria-label={label}>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {children(state, state.fieldErrors ?? {})}
        <SubmitButton pendingLabel={pendingLabel} className={styles.submit}>
          {submitLabel}
        </SubmitButton>
        <p className={styles.alt}>
          {alternative.prompt} <Link href={alternativeHref}>{alternative.label}</Link>
        </p>
      </form>
    </>
  );
}

/** The email field both forms start with; it keeps what was typed after an error. */
export function EmailField({ formId, value, error }: { formId: string; value?: string; error?: string }) {
  return (
    <AuthField
      formId={formId}
      name="email"
      label="Email"
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      required
      defaultValue={value ?? ''}
      error={error}
    />
  );
}
