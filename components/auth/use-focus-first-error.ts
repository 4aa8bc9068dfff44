'use client';

import { useEffect, type RefObject } from 'react';

/** After a failed submission, moves focus to the first invalid field (or the summary). */
export function useFocusFirstError(
  formRef: RefObject<HTMLFormElement | null>,
  state: object,
  summaryId: string,
) {
  useEffect(() => {
    const form = formRef.current;
    if (!form || (state as { status?: string }).status !== 'error') return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      return;
    }
    document.getElementById(summaryId)?.setAttribute('tabindex', '-1');
    document.getElementById(summaryId)?.focus();
  }, [formRef, state, summaryId]);
}
