'use client';

import { useActionState } from 'react';
import { INITIAL_ROLE_FORM_STATE, type RoleFormState } from '@/lib/auth/account-forms';
import { USER_ROLES, type UserRole } from '@/lib/domain/vocabulary';
import styles from './auth.module.css';
import { SubmitButton } from './submit-button';

type Action = (state: RoleFormState, formData: FormData) => Promise<RoleFormState>;

/** One user's role picker and save button, with its own aria-live result. */
export function UserRoleForm({
  action,
  userId,
  userName,
  role,
}: {
  action: Action;
  userId: string;
  userName: string;
  role: UserRole;
}) {
  const [state, formAction] = useActionState(action, INITIAL_ROLE_FORM_STATE);
  const selectId = `role-${userId}`;
  const messageId = `role-${userId}-message`;
  return (
    <form action={formAction} className={styles.roleForm}>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="visually-hidden">
        Role of {userName}
      </label>
      <select
        id={selectId}
        name="role"
        className="select"
        defaultValue={role}
        key={role}
        aria-describedby={messageId}
      >
        {USER_ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <SubmitButton pendingLabel="Saving…" className={`button--secondary ${styles.smallButton}`}>
        Save<span className="visually-hidden"> role of {userName}</span>
      </SubmitButton>
      <p
        id={messageId}
        role="status"
        aria-live="polite"
        className={`${styles.roleMessage} ${state.status === 'error' ? styles.roleMessageError : 'muted'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
