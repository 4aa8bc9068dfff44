'use client';

import { forwardRef } from 'react';
import { sortFieldNames } from '@/lib/forms/error-order';
import type { FormState } from '@/lib/forms/form-state';
import { fieldId } from './form-context';

interface ErrorSummaryProps {
  state: FormState<unknown>;
  /** Words for a field name, for the links in the list ("Source 1: quote"). */
  describeField: (name: string) => string;
  /** The form's fields top to bottom, so messages are listed in that order. */
  fieldOrder: readonly string[];
}

/**
 * What went wrong, at the top of the form: each message links to its field. Rendered inside an
 * aria-live region that is always present, and focused when a new answer arrives.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { state, describeField, fieldOrder },
  ref,
) {
  const show = state.status === 'invalid' || state.status === 'denied' || state.status === 'error';
  const entries = sortFieldNames(Object.keys(state.fieldErrors), fieldOrder).flatMap((name) =>
    (state.fieldErrors[name] ?? []).map((message) => ({ name, message })),
  );
  return (
    <div aria-live="polite">
      {show ? (
        <div ref={ref} className="form-summary" tabIndex={-1} aria-labelledby="form-summary-title">
          <h2 id="form-summary-title" className="form-summary__title">
            {state.status === 'denied'
              ? 'You cannot save this yet'
              : state.status === 'error'
                ? 'Not saved'
                : 'Not saved: please check the form'}
          </h2>
          {state.message ? <p>{state.message}</p> : null}
          {state.signInHref ? (
            <p>
              <a href={state.signInHref} target="_blank" rel="noopener">
                Sign in (opens in a new tab)
              </a>
              , then come back here and save again.
            </p>
          ) : null}
          {entries.length > 0 ? (
            <ul className="form-summary__list">
              {entries.map(({ name, message }) =>
                name === '_' ? (
                  <li key={`${name}-${message}`}>{message}</li>
                ) : (
                  <li key={`${name}-${message}`}>
                    <a href={`#${fieldId(name)}`}>
                      {describeField(name)}: {message}
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
