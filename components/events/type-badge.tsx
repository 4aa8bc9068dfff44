import { EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import type { EventType } from '@/lib/domain/vocabulary';

export function TypeBadge({ type }: { type: EventType }) {
  return (
    <span className="badge badge--type">
      <span className="visually-hidden">Type: </span>
      {EVENT_TYPE_LABELS[type]}
    </span>
  );
}
