'use client';

import { AuthField } from './auth-field';
import { AuthForm, EmailField, type AuthAction } from './auth-form';

export function SignInForm({ action, next }: { action: AuthAction; next?: string }) {
  return (
    <AuthForm
      formId="sign-in"
      label="Sign in"
      action={action}
      next={next}
      submitLabel="Sign in"
      pendingLabel="Signing in…"
      alternative={{ prompt: 'New here?', label: 'Create an account', path: '/sign-up' }}
    >
      {(state, errors) => (
        <>
          <EmailField formId="sign-in" value={state.values?.email} error={errors.email} />
          <AuthField
            formId="sign-in"
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
        </>
      )}
    </AuthForm>
  );
}
