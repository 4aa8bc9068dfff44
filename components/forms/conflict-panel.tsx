'use client';

import { forwardRef, type ForwardedRef, type ReactElement, type Ref } from 'react';
import type { FieldSpec, Resolve } from '@/lib/forms/compare';
import type { ConflictInfo } from '@/lib/forms/form-state';
import { conflictRows, type Outcome } from '@/lib/forms/merge';
import { formatTimestamp } from '@/components/ui/timestamp';

interface ConflictPanelProps<V> {
  conflict: ConflictInfo<V>;
  /** What the contributor submitted. */
  mine: V;
  fields: readonly FieldSpec[];
  resolve: Resolve;
  /** The edit page, loaded afresh ("discard mine"). */
  reloadHref: string;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  yours: 'Yours is saved',
  'yours-replaces': 'Yours replaces theirs',
  'theirs-kept': 'Theirs is kept (you did not change this)',
};

function Cell({ lines, label }: { lines: string[]; label: string }) {
  return (
    <td data-label={label}>
      {lines.length === 0 ? (
        <span className="empty-value">empty</span>
      ) : lines.length === 1 ? (
        lines[0]
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li key={`${i}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
    </td>
  );
}

/**
 * A stale save: who changed the record meanwhile, what differs between their version and the
 * contributor's input (which stays in the form below), what applying would do, and the two ways on.
 */
function ConflictPanelInner<V extends object>(
  { conflict, mine, fields, resolve, reloadHref }: ConflictPanelProps<V>,
  ref: ForwardedRef<HTMLHeadingElement>,
) {
  const rows = conflictRows(conflict.base, conflict.current, mine, fields, resolve);
  const now = `version ${conflict.version}`;
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={ref} tabIndex={-1} className="conflict__title">
        Someone changed this record since you opened it
      </h2>
      <p>
        It is now at <strong>{now}</strong>, saved by <strong>{conflict.actorLabel}</strong> on{' '}
        <time dateTime={conflict.at}>{formatTimestamp(conflict.at)}</time>. Nothing of yours was saved: your
        input is still in the form below.
      </p>
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table conflict-table">
            <caption className="visually-hidden">Fields where {now} and your input differ</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Now ({now})</th>
                <th scope="col">Yours</th>
                <th scope="col">If you apply</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.label}</th>
                  <Cell lines={row.current} label={`Now (${now})`} />
                  <Cell lines={row.mine} label="Yours" />
                  <td data-label="If you apply">{OUTCOME_WORDS[row.outcome ?? 'yours']}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Your input and {now} agree in every field of this form.</p>
      )}
      <p className="muted">
        {conflict.base
          ? `Applying saves the fields you changed onto ${now}; the fields you did not change keep their values from ${now}.`
          : `Applying saves every field as it is in your form, over ${now}.`}
      </p>
      <div className="form-actions">
        <button type="submit" name="applyOnVersion" value={conflict.version} className="button">
          Apply my changes on top of version {conflict.version}
        </button>
        <a className="button button--secondary" href={reloadHref}>
          Discard mine and reload
        </a>
      </div>
    </section>
  );
}

export const ConflictPanel = forwardRef(ConflictPanelInner) as <V extends object>(
  props: ConflictPanelProps<V> & { ref?: Ref<HTMLHeadingElement> },
) => ReactElement;
