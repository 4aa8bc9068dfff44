'use client';

import type { ReactNode } from 'react';
import { describedBy, errorId, fieldId, hintId, useFieldErrors } from './form-context';

// Labelled fields. Each control is tied to its hint and its messages with aria-describedby and
// marked aria-invalid while it has a message.

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown as "(optional)" beside the label. */
  optional?: boolean;
  className?: string;
  /** Another element describing the control (e.g. a live preview). */
  describedByExtra?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FieldErrors({ name, errors }: { name: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={errorId(name)} className="stack-s">
      {errors.map((message) => (
        <p key={message} className="field__error">
          <span className="visually-hidden">Error: </span>
          {message}
        </p>
      ))}
    </div>
  );
}

export function Field({ name, label, hint, optional, className, describedByExtra, children }: FieldProps) {
  const errors = useFieldErrors(name);
  const id = fieldId(name);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={hintId(name)} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy(name, Boolean(hint), errors, describedByExtra),
        'aria-invalid': errors.length ? true : undefined,
      })}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'url' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'url' | 'numeric' | 'decimal';
  spellCheck?: boolean;
  maxLength?: number;
  placeholder?: string;
}

export function TextField({
  name,
  label,
  hint,
  optional,
  className,
  defaultValue,
  value,
  onChange,
  type = 'text',
  ...rest
}: TextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} optional={optional} className={className}>
      {(control) => (
        <input
          {...control}
          {...rest}
          className="input"
          type={type}
          name={name}
          aria-required={optional ? undefined : true}
          {...(value !== undefined
            ? { value, onChange: (e) => onChange?.(e.target.value) }
            : { defaultValue })}
        />
      )}
    </Field>
  );
}

interface TextAreaFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  defaultValue?: string;
  rows?: number;
  variant?: 'quote';
  maxLength?: number;
}

export function TextAreaField({
  name,
  label,
  hint,
  optional,
  className,
  defaultValue,
  rows = 3,
  variant,
  maxLength,
}: TextAreaFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} optional={optional} className={className}>
      {(control) => (
        <textarea
          {...control}
          className={variant === 'quote' ? 'textarea textarea--quote' : 'textarea'}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={defaultValue}
          aria-required={optional ? undefined : true}
        />
      )}
    </Field>
  );
}

export interface SelectChoice {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  choices: readonly SelectChoice[];
  /** A first, empty choice ("Choose a type"). */
  placeholder?: string;
  defaultValue?: string;
}

export function SelectField({
  name,
  label,
  hint,
  optional,
  className,
  choices,
  placeholder,
  defaultValue,
}: SelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} optional={optional} className={className}>
      {(control) => (
        <select
          {...control}
          className="select"
          name={name}
          defaultValue={defaultValue ?? ''}
          aria-required={optional ? undefined : true}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Choices from a vocabulary and its words. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): SelectChoice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
