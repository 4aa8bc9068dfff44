'use client';

import './forms.css';
import './record-actions.css';
import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import type { FieldSpec, Resolve } from '@/lib/forms/compare';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { ConflictPanel } from './conflict-panel';
import { ErrorSummary } from './error-summary';
import { FormErrorsContext } from './form-context';

// The frame of every record form: useActionState with the domain's server action, the error
// summary, the conflict view, the hidden version an edit read, and the buttons.
//
// Nothing typed is lost on an error: the form is submitted by hand (not through React's form
// action, which resets the fields afterwards), so the fields keep what was typed; the action
// also echoes the values back, which a browser without JavaScript renders.

export type FormAction<V> = (state: FormState<V>, data: FormData) => Promise<FormState<V>>;

interface RecordFormProps<V extends object> {
  action: FormAction<V>;
  initialValues: V;
  /** Names the form for assistive technology ("New event"). */
  label: string;
  submitLabel: string;
  cancelHref: string;
  /** Edit forms: the version read, the fields compared in a conflict and the page to reload. */
  edit?: { version: number; fields: readonly FieldSpec[]; reloadHref: string };
  resolve?: Resolve;
  describeField: (name: string) => string;
  /** Field names top to bottom (defaults to the conflict fields' order). */
  fieldOrder?: readonly string[];
  /** The fields; a function receives the latest state (e.g. values echoed by the server). */
  children: ReactNode | ((state: FormState<V>) => ReactNode);
}

const noResolve: Resolve = () => undefined;

export function RecordForm<V extends object>({
  action,
  initialValues,
  label,
  submitLabel,
  cancelHref,
  edit,
  resolve = noResolve,
  describeField,
  fieldOrder,
  children,
}: RecordFormProps<V>) {
  const [state, dispatch, pending] = useActionState(action, initialFormState(initialValues));
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLHeadingElement>(null);

  // A fresh answer moves focus to what needs reading: the conflict view or the summary.
  useEffect(() => {
    if (state.submission === 0) return;
    if (state.status === 'conflict') conflictRef.current?.focus();
    else if (state.status !== 'idle') summaryRef.current?.focus();
  }, [state.submission, state.status]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  return (
    <FormErrorsContext.Provider value={state.fieldErrors}>
      <form
        className="record-form"
        action={dispatch}
        onSubmit={onSubmit}
        noValidate
        aria-label={label}
        aria-busy={pending || undefined}
      >
        <ErrorSummary
          ref={summaryRef}
          state={state as FormState<unknown>}
          describeField={describeField}
          fieldOrder={fieldOrder ?? edit?.fields.map((f) => f.name) ?? []}
        />
        {edit && state.conflict ? (
          <ConflictPanel
            ref={conflictRef}
            conflict={state.conflict}
            mine={state.values}
            fields={edit.fields}
            resolve={resolve}
            reloadHref={edit.reloadHref}
          />
        ) : null}
        {edit ? <input type="hidden" name="version" value={edit.version} /> : null}
        {typeof children === 'function' ? children(state) : children}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? 'Saving…' : submitLabel}
          </button>
          <Link className="button button--secondary" href={cancelHref}>
            Cancel
          </Link>
          {pending ? (
            <span className="form-actions__note" role="status">
              Saving…
            </span>
          ) : null}
        </div>
      </form>
    </FormErrorsContext.Provider>
  );
}
