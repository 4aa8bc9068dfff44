import './record-actions.css';
import Link from 'next/link';
import type { EntityType } from '@/lib/domain/vocabulary';
import { historyHref } from '@/lib/history/change-filters';

// Entry points on a record's page: "Edit" and "Add event" for signed-in contributors, and the
// record's full history (a read view: shown to everyone, like the revision list on the page).

interface RecordActionsProps {
  /** Whether the viewer may edit (signed in); anonymous viewers get no Edit / Add links. */
  canEdit: boolean;
  /** What the links are about, for assistive technology ("Xiaomi"). */
  label: string;
  editHref?: string;
  history?: { entityType: EntityType; id: string };
  /** "Add event" with this record preselected. */
  addEventHref?: string;
  /** Other "add" links (index pages): text and target. */
  add?: { href: string; text: string };
}

const Pencil = () => (
  <svg className="record-actions__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path
      d="M10.5 2.5l3 3L6 13H3v-3z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    />
  </svg>
);

const Plus = () => (
  <svg className="record-actions__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
);

const Clock = () => (
  <svg className="record-actions__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <path d="M8 5v3.2l2 1.3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
);

export function RecordActions({ canEdit, label, editHref, history, addEventHref, add }: RecordActionsProps) {
  const items = [
    canEdit && editHref ? (
      <Link key="edit" className="button button--secondary button--small" href={editHref}>
        <Pencil />
        Edit
      </Link>
    ) : null,
    canEdit && addEventHref ? (
      <Link key="add-event" className="button button--secondary button--small" href={addEventHref}>
        <Plus />
        Add event
      </Link>
    ) : null,
    canEdit && add ? (
      <Link key="add" className="button button--small" href={add.href}>
        <Plus />
        {add.text}
      </Link>
    ) : null,
    history ? (
      <Link
        key="history"
        className="button button--secondary button--small"
        href={historyHref(history.entityType, history.id)}
      >
        <Clock />
        History
      </Link>
    ) : null,
  ].filter(Boolean);
  if (items.length === 0) return null;
  return (
    <nav className="record-actions" aria-label={`Actions for ${label}`}>
      <ul className="record-actions__list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </nav>
  );
}
