'use client';

import { PASSWORD_MIN } from '@/lib/auth/schemas';
import { AuthField } from './auth-field';
import { AuthForm, type AuthAction } from './auth-form';

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
        </>
      )}
    </AuthForm>
  );
}
