import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatFuzzyDate } from '@/lib/dates';
import type { FieldChange, ItemChange } from '@/lib/domain/diff';
import { isEmptyValue } from '@/lib/domain/diff';
import { REFERENCE_FIELDS, type RecordRef } from '@/lib/history/references';
import { historyHref } from '@/lib/history/change-filters';
import { recordHref } from './record-href';
import { DATE_FIELDS, fieldLabel } from './labels';
import styles from './history.module.css';

// Field-level differences between two versions, in words: "Status: planned → cancelled",
// "Counterparties: added AT&T", "Sources cited: added The Verge: …". Ids are shown as the names
// of the records they point at (looked up by the page), linked.

/** Records named in the images, keyed `type:id`. */
export type RecordRefs = Readonly<Record<string, RecordRef>>;

function ReferenceValue({ field, id, refs }: { field: string; id: string; refs: RecordRefs }) {
  const type = REFERENCE_FIELDS[field]!;
  const ref = refs[`${type}:${id}`];
  if (!ref) {
    return (
      <Link href={historyHref(type, id)} className="mono">
        {id.slice(0, 8)}
      </Link>
    );
  }
  return (
    <Link href={recordHref(ref)}>
      {ref.label}
      {ref.deleted ? ' (deleted)' : ''}
    </Link>
  );
}

function joined(items: ReactNode[]): ReactNode {
  return items.map((item, index) => (
    <span key={index}>
      {index > 0 ? ', ' : ''}
      {item}
    </span>
  ));
}

/** A value of a field, readable: names for ids, dates in words, "empty" for nothing. */
export function FieldValue({
  field,
  value,
  refs,
}: {
  field: string;
  value: unknown;
  refs: RecordRefs;
}): ReactNode {
  if (isEmptyValue(value)) return <span className={styles.empty}>empty</span>;
  if (REFERENCE_FIELDS[field]) {
    const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    return joined(ids.map((id) => <ReferenceValue key={id} field={field} id={id} refs={refs} />));
  }
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(field)) {
      const words = formatFuzzyDate(value);
      return words && words !== value ? (
        <>
          {words} <span className="mono">({value})</span>
        </>
      ) : (
        <span className="mono">{value}</span>
      );
    }
    return field === 'quote' ? <>“{value}”</> : value;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return (
      <ul className={styles.nested}>
        {value.map((item, index) => (
          <li key={index}>
            <FieldValue field={field} value={item} refs={refs} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object' && value !== null)
    return <ObjectValue value={value as Record<string, unknown>} refs={refs} />;
  return String(value);
}

/** A nested object (a citation, a view state) as "Field: value" parts, empty fields left out. */
function ObjectValue({ value, refs }: { value: Record<string, unknown>; refs: RecordRefs }) {
  const entries = Object.entries(value).filter(([, v]) => !isEmptyValue(v));
  if (entries.length === 0) return <span className={styles.empty}>empty</span>;
  return (
    <>
      {entries.map(([field, inner], index) => (
        <span key={field}>
          {index > 0 ? ' · ' : ''}
          <span className={styles.field}>{fieldLabel(field)}:</span>{' '}
          <FieldValue field={field} value={inner} refs={refs} />
        </span>
      ))}
    </>
  );
}

function Before({ children }: { children: ReactNode }) {
  return (
    <del className={styles.before}>
      <span className="visually-hidden">was </span>
      {children}
    </del>
  );
}

function After({ children }: { children: ReactNode }) {
  return (
    <ins className={styles.after}>
      <span className="visually-hidden">now </span>
      {children}
    </ins>
  );
}

function itemName(item: ItemChange, refs: RecordRefs): ReactNode {
  const image = (item.after ?? item.before) as Record<string, unknown> | undefined;
  if (image && typeof image.sourceId === 'string')
    return <ReferenceValue field="sourceId" id={image.sourceId} refs={refs} />;
  return item.key.startsWith('#') ? `item ${item.key.slice(1)}` : item.key;
}

function ItemLine({ field, item, refs }: { field: string; item: ItemChange; refs: RecordRefs }) {
  if (item.status === 'added') {
    return (
      <>
        Added{' '}
        <After>
          <FieldValue field={field} value={item.after} refs={refs} />
        </After>
      </>
    );
  }
  if (item.status === 'removed') {
    return (
      <>
        Removed{' '}
        <Before>
          <FieldValue field={field} value={item.before} refs={refs} />
        </Before>
      </>
    );
  }
  return (
    <>
      Changed {itemName(item, refs)}
      {item.changes ? (
        <FieldChanges changes={item.changes} refs={refs} nested />
      ) : (
        <>
          :{' '}
          <Before>
            <FieldValue field={field} value={item.before} refs={refs} />
          </Before>{' '}
          →{' '}
          <After>
            <FieldValue field={field} value={item.after} refs={refs} />
          </After>
        </>
      )}
    </>
  );
}

function ChangeLine({ change, refs }: { change: FieldChange; refs: RecordRefs }) {
  const { field, diff } = change;
  const label = <span className={styles.field}>{fieldLabel(field)}</span>;
  switch (diff.kind) {
    case 'value':
      if (change.status === 'added') {
        return (
          <>
            {label}: set to{' '}
            <After>
              <FieldValue field={field} value={diff.after} refs={refs} />
            </After>
          </>
        );
      }
      if (change.status === 'removed') {
        return (
          <>
            {label}: cleared{' '}
            <Before>
              <FieldValue field={field} value={diff.before} refs={refs} />
            </Before>
          </>
        );
      }
      return (
        <>
          {label}:{' '}
          <Before>
            <FieldValue field={field} value={diff.before} refs={refs} />
          </Before>{' '}
          →{' '}
          <After>
            <FieldValue field={field} value={diff.after} refs={refs} />
          </After>
        </>
      );
    case 'set':
      return (
        <>
          {label}:{' '}
          {diff.added.length ? (
            <>
              added{' '}
              <After>
                <FieldValue field={field} value={diff.added} refs={refs} />
              </After>
            </>
          ) : null}
          {diff.added.length && diff.removed.length ? '; ' : null}
          {diff.removed.length ? (
            <>
              removed{' '}
              <Before>
                <FieldValue field={field} value={diff.removed} refs={refs} />
              </Before>
            </>
          ) : null}
          {diff.reordered ? 'reordered' : null}
        </>
      );
    case 'list':
      return (
        <>
          {label}
          <ul className={styles.nested}>
            {diff.items.map((item) => (
              <li key={`${item.status}-${item.key}`}>
                <ItemLine field={field} item={item} refs={refs} />
              </li>
            ))}
          </ul>
        </>
      );
    case 'object':
      return (
        <>
          {label}
          <FieldChanges changes={diff.changes} refs={refs} nested />
        </>
      );
  }
}

/** The list of field changes of one version against the one before. */
export function FieldChanges({
  changes,
  refs,
  nested = false,
}: {
  changes: FieldChange[];
  refs: RecordRefs;
  nested?: boolean;
}) {
  return (
    <ul className={nested ? styles.nested : styles.changes}>
      {changes.map((change) => (
        <li key={change.field}>
          <ChangeLine change={change} refs={refs} />
        </li>
      ))}
    </ul>
  );
}

/** A record's stated fields (its first version), empty ones left out. */
export function StatedFields({
  data,
  refs,
  ignore,
}: {
  data: Record<string, unknown>;
  refs: RecordRefs;
  ignore: readonly string[];
}) {
  const entries = Object.entries(data).filter(
    ([field, value]) => !ignore.includes(field) && !isEmptyValue(value),
  );
  return (
    <dl className="dl">
      {entries.map(([field, value]) => (
        <div key={field} className="dl__row">
          <dt>{fieldLabel(field)}</dt>
          <dd>
            <FieldValue field={field} value={value} refs={refs} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
