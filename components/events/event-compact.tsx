import Link from 'next/link';
import type { EventListItem } from '@/lib/domain/dto';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { RegionLink } from '@/components/regions/region-link';
import { DateWindow } from './date-window';
import { eventHref } from './event-href';
import { StatusBadge } from './status-badge';

/** A short list of events for side panels: title, vendor and region, date window, status. */
export function EventCompactList({ events, label }: { events: EventListItem[]; label?: string }) {
  return (
    <ul className="compact-events" aria-label={label}>
      {events.map((event) => (
        <li key={event.id} className="compact-event">
          <h3 className="compact-event__title">
            <Link href={eventHref(event)}>{event.title}</Link>
          </h3>
          <div className="compact-event__meta">
            {event.vendor ? <OrganizationLink org={event.vendor} /> : null}
            {event.region ? (
              <span>
                in <RegionLink region={event.region} />
              </span>
            ) : null}
            <StatusBadge status={event.status} />
          </div>
          <DateWindow date={event.date} variant="full" />
        </li>
      ))}
    </ul>
  );
}
