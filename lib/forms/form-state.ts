// The state a record form's server action returns to `useActionState`. Plain JSON: it crosses
// from the server action to the client component unchanged.

/** Field name (as the form names it, e.g. `citations.0.quote`) → messages; `_` is the form. */
export type FormErrors = Record<string, string[]>;

export type FormStatus = 'idle' | 'invalid' | 'conflict' | 'denied' | 'error';

export interface ConflictInfo<V> {
  /** The record's version now (the one "apply on top" saves onto). */
  version: number;
  /** Who wrote that version, and when (ISO 8601). */
  actorLabel: string;
  at: string;
  /** The record as it is now, in the form's own value shape. */
  current: V;
  /** The version the form was opened on (what "my changes" are measured against); null if unknown. */
  base: V | null;
}

export interface FormState<V> {
  status: FormStatus;
  /** A sentence for the summary at the top of the form. */
  message: string | null;
  fieldErrors: FormErrors;
  /** What was submitted, so a re-rendered form never loses what was typed. */
  values: V;
  conflict: ConflictInfo<V> | null;
  /** Set when the visitor must sign in to save. */
  signInHref: string | null;
  /** Increases with every answer, so the form can move focus to a fresh message. */
  submission: number;
}

export function initialFormState<V>(values: V): FormState<V> {
  return {
    status: 'idle',
    message: null,
    fieldErrors: {},
    values,
    conflict: null,
    signInHref: null,
    submission: 0,
  };
}

export function countErrors(errors: FormErrors): number {
  return Object.values(errors).reduce((n, list) => n + list.length, 0);
}
