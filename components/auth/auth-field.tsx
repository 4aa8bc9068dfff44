import type { InputHTMLAttributes } from 'react';
import styles from './auth.module.css';

interface AuthFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  /** The input's name; its id is `${formId}-${name}`. */
  name: string;
  formId: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input whose hint and error are linked with aria-describedby. */
export function AuthField({ name, formId, label, hint, error, className, ...input }: AuthFieldProps) {
  const id = `${formId}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        name={name}
        className={[`input`, error ? styles.invalid : '', className ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p className={styles.fieldError} id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
