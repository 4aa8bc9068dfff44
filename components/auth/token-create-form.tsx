'use client';

import { useActionState, useRef, useState } from 'react';
import { INITIAL_TOKEN_FORM_STATE, type TokenFormState } from '@/lib/auth/account-forms';
import { TOKEN_NAME_MAX } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import styles from './auth.module.css';
import { FormSummary } from './form-summary';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

type Action = (state: TokenFormState, formData: FormData) => Promise<TokenFormState>;

export function TokenCreateForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, INITIAL_TOKEN_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state, 'token-summary');
  return (
    <div className="stack-s">
      <FormSummary
        id="token-summary"
        tone={state.status === 'created' ? 'ok' : 'error'}
        message={state.status === 'idle' ? undefined : state.message}
      />
      {state.status === 'created' && state.token ? (
        <TokenReveal token={state.token} name={state.tokenName ?? ''} />
      ) : null}
      <form
        ref={formRef}
        action={formAction}
        className={styles.inlineForm}
        noValidate
        aria-label="Create an API token"
      >
        <AuthField
          formId="token"
          name="name"
          label="New token name"
          hint="What it is for, e.g. “CI import”."
          maxLength={TOKEN_NAME_MAX}
          required
          autoComplete="off"
          defaultValue={state.status === 'error' ? (state.name ?? '') : ''}
          error={state.fieldErrors?.name}
        />
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </form>
    </div>
  );
}

function TokenReveal({ token, name }: { token: string; name: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.tokenReveal} data-testid="new-token">
      <p>
        <strong>Copy your new token “{name}” now.</strong> It is shown only once; Beachhead keeps only a hash
        of it.
      </p>
      <code className={styles.tokenValue} aria-label="New API token">
        {token}
      </code>
      <div className={styles.actions}>
        <button
          type="button"
          className={`button button--secondary ${styles.smallButton}`}
          onClick={() => {
            void navigator.clipboard?.writeText(token).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          Copy token
        </button>
        <span role="status" aria-live="polite" className="muted">
          {copied ? 'Copied.' : ''}
        </span>
      </div>
      <p className="muted">
        Use it as <code className="mono">Authorization: Bearer {'<token>'}</code> on{' '}
        <code className="mono">/api/v1</code>.
      </p>
    </div>
  );
}
