import Link from 'next/link';
import type { ReactNode } from 'react';

// The building blocks of the plain GET filter forms (events, changes): uncontrolled fields whose
// default values come from the URL, so the forms work without JavaScript.

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  /** The label of the empty choice ("Any vendor"). */
  anyLabel: string;
  value: string | undefined;
  /** <option>/<optgroup> elements. */
  children: ReactNode;
}

export function FilterSelect({ id, name, label, anyLabel, value, children }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}

/** Options from a fixed vocabulary and its labels. */
export function vocabularyOptions<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): ReactNode {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}

interface DateRangeFieldsProps {
  /** Prefix of the inputs' ids ("filter" gives filter-from, filter-to, filter-dates-hint). */
  idPrefix: string;
  from: string | undefined;
  to: string | undefined;
  /** What the range means for this list. */
  hint: string;
}

export function DateRangeFields({ idPrefix, from, to, hint }: DateRangeFieldsProps) {
  const hintId = `${idPrefix}-dates-hint`;
  return (
    <>
      {(['from', 'to'] as const).map((end) => (
        <div className="field" key={end}>
          <label htmlFor={`${idPrefix}-${end}`}>{end === 'from' ? 'From' : 'To'}</label>
          <input
            id={`${idPrefix}-${end}`}
            className="input"
            type="date"
            name={end}
            defaultValue={(end === 'from' ? from : to) ?? ''}
            aria-describedby={hintId}
          />
        </div>
      ))}
      <p id={hintId} className="field__hint filters__search">
        {hint}
      </p>
    </>
  );
}

/** Apply, and a link back to the unfiltered list. */
export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <div className="filters__actions">
      <button type="submit" className="button">
        Apply filters
      </button>
      <Link href={clearHref} className="button button--secondary">
        Clear filters
      </Link>
    </div>
  );
}
