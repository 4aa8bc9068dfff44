'use client';

import { createContext, useContext } from 'react';
import type { FormErrors } from '@/lib/forms/form-state';

// Field errors of the form being rendered, and the ids that tie labels, hints and messages
// to their inputs (aria-describedby).

export const FormErrorsContext = createContext<FormErrors>({});

/** `citations.0.quote` → `f-citations-0-quote`. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export const errorId = (name: string) => `${fieldId(name)}-error`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;

export function useFieldErrors(name: string): string[] {
  return useContext(FormErrorsContext)[name] ?? [];
}

/** The aria attributes of a control with (possibly) a hint and errors. */
export function describedBy(
  name: string,
  hasHint: boolean,
  errors: readonly string[],
  extra?: string,
): string | undefined {
  const ids = [hasHint ? hintId(name) : null, errors.length ? errorId(name) : null, extra ?? null].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}
