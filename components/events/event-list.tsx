import type { ReactNode } from 'react';
import type { EventListItem } from '@/lib/domain/dto';
import { EmptyState } from '@/components/ui/empty-state';
import { EventCard } from './event-card';

interface EventListProps {
  events: EventListItem[];
  headingLevel?: 2 | 3;
  hideVendor?: boolean;
  /** Shown when there are no events. */
  emptyTitle?: string;
  emptyHint?: ReactNode;
  label?: string;
}

export function EventList({
  events,
  headingLevel,
  hideVendor,
  emptyTitle = 'No events recorded yet.',
  emptyHint,
  label,
}: EventListProps) {
  if (events.length === 0) return <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>;
  return (
    <ol className="event-list" aria-label={label}>
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} headingLevel={headingLevel} hideVendor={hideVendor} />
        </li>
      ))}
    </ol>
  );
}
