'use client';

import { useActionState, useId, useState } from 'react';
import { IDLE_ACTION_STATE, type RecordAction } from './action-state';
import styles from './history.module.css';

interface RecordActionFormProps {
  action: RecordAction;
  /** Hidden fields: the record, the version read, the target version. */
  fields: Record<string, string | number>;
  label: string;
  /** Ask once more before running (destructive actions). */
  confirm?: string;
  variant?: 'primary' | 'secondary';
}

/**
 * One button that runs a server action (revert, delete, restore) and says what happened in a
 * live region. With `confirm`, the first press asks and a second press runs it.
 */
export function RecordActionForm({
  action,
  fields,
  label,
  confirm,
  variant = 'secondary',
}: RecordActionFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_ACTION_STATE);
  const [confirming, setConfirming] = useState(false);
  const statusId = useId();
  const buttonClass = variant === 'primary' ? 'button' : 'button button--secondary';

  return (
    <form action={formAction} className={styles.actions}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {confirm && !confirming ? (
        <button
          type="button"
          className={buttonClass}
          onClick={() => setConfirming(true)}
          aria-describedby={statusId}
        >
          {label}
        </button>
      ) : (
        <>
          {confirm ? <span>{confirm}</span> : null}
          <button type="submit" className={buttonClass} disabled={pending} aria-describedby={statusId}>
            {pending ? 'Working…' : confirm ? `Yes, ${label.toLowerCase()}` : label}
          </button>
          {confirm ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
              disabled={pending}
            >
              Cancel
            </button>
          ) : null}
        </>
      )}
      <p
        id={statusId}
        role="status"
        aria-live="polite"
        className={`${styles.status} ${state.status === 'error' ? styles.statusError : ''}`}
      >
        {state.message}
      </p>
    </form>
  );
}
