import { EVENT_STATUS_LABELS } from '@/lib/domain/labels';
import type { EventStatus } from '@/lib/domain/vocabulary';

// Status reads without colour too: plans are dashed, what happened is solid, cancellations are
// struck through and denials carry a mark.

function DeniedMark() {
  return (
    <svg className="badge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M3.2 8.8 8.8 3.2" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export function StatusBadge({ status }: { status: EventStatus }) {
  return (
    <span className={`badge badge--status-${status}`}>
      {status === 'denied' ? <DeniedMark /> : null}
      <span className="visually-hidden">Status: </span>
      <span className="badge__text">{EVENT_STATUS_LABELS[status]}</span>
    </span>
  );
}
