'use client';

import { PASSWORD_MIN } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import { AuthForm, EmailField, type AuthAction } from './auth-form';

export function SignUpForm({ action, next }: { action: AuthAction; next?: string }) {
  return (
    <AuthForm
      formId="sign-up"
      label="Create an account"
      action={action}
      next={next}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      alternative={{ prompt: 'Already have an account?', label: 'Sign in', path: '/sign-in' }}
    >
      {(state, errors) => (
        <>
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
          <EmailField formId="sign-up" value={state.values?.email} error={errors.email} />
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
        </>
      )}
    </AuthForm>
  );
}
