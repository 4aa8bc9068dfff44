import type { FormState } from './form-state';

// A server action is a public endpoint: anyone may POST it any arguments. React decodes the
// argument list from the request (a multipart reply, or a text/plain JSON one), so an action
// declared as (previous, data: FormData) can receive a string, null, a plain object or too few
// arguments. Each action checks the shape of what it got before reading it, and refuses a
// malformed call with its form's ordinary error state (never an exception, which would be a 500).
// Pure.

export const MALFORMED_CALL_MESSAGE =
  'This request was not a submission of the form. Nothing was saved: reload the page and try again.';

/** Whether `value` can be read as a form submission (FormData, or anything with its reading methods). */
export function isFormData(value: unknown): value is FormData {
  if (typeof FormData !== 'undefined' && value instanceof FormData) return true;
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.get === 'function' &&
    typeof candidate.getAll === 'function' &&
    typeof candidate.keys === 'function'
  );
}

/** Whether every bound argument (ids, slugs) is a non-empty string of sane length. */
export function areIds(values: readonly unknown[]): boolean {
  return values.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 200);
}

/** The next `submission` number after a previous state, whatever was sent as that state. */
export function submissionAfter(previous: unknown): number {
  const n =
    previous && typeof previous === 'object' ? (previous as { submission?: unknown }).submission : undefined;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n + 1 : 1;
}

/**
 * Null when the call has the shape of a form submission (FormData, bound ids as strings); else the
 * form's error state to return, with the form's empty values.
 */
export function malformedFormCall<V>(
  call: { previous: unknown; data: unknown; ids?: readonly unknown[] },
  emptyValues: () => V,
): FormState<V> | null {
  if (isFormData(call.data) && areIds(call.ids ?? [])) return null;
  return {
    status: 'error',
    message: MALFORMED_CALL_MESSAGE,
    fieldErrors: {},
    values: emptyValues(),
    conflict: null,
    signInHref: null,
    submission: submissionAfter(call.previous),
  };
}
