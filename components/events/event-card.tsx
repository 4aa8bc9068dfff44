import Link from 'next/link';
import type { EventListItem } from '@/lib/domain/dto';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { RegionLink } from '@/components/regions/region-link';
import { InlineList } from '@/components/ui/inline-list';
import { DateWindow } from './date-window';
import { eventHref } from './event-href';
import { SourceSummary } from './source-summary';
import { StatusBadge } from './status-badge';
import { TypeBadge } from './type-badge';

interface EventCardProps {
  event: EventListItem;
  /** Heading level of the title: 2 on a page of events, 3 inside a titled section. */
  headingLevel?: 2 | 3;
  /** Leave out the vendor when the page is already about it. */
  hideVendor?: boolean;
}

/** One event in a list: when, what (linked to its page), who and where (linked), sources. */
export function EventCard({ event, headingLevel = 3, hideVendor = false }: EventCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`event-item event-item--${event.status}`}>
      <div className="event-item__when">
        <DateWindow date={event.date} variant="compact" />
      </div>
      <div className="event-item__body">
        <Heading className="event-item__title">
          <Link href={eventHref(event)}>{event.title}</Link>
        </Heading>
        <div className="event-item__meta">
          <span className="badges">
            <TypeBadge type={event.type} />
            <StatusBadge status={event.status} />
          </span>
          {event.vendor && !hideVendor ? <OrganizationLink org={event.vendor} /> : null}
          {event.region ? (
            <span>
              in <RegionLink region={event.region} />
            </span>
          ) : null}
          {event.counterparties.length > 0 ? (
            <span>
              with{' '}
              <InlineList
                items={event.counterparties}
                getKey={(org) => org.id}
                render={(org) => <OrganizationLink org={org} />}
              />
            </span>
          ) : event.counterpartyNote ? (
            <span>with {event.counterpartyNote}</span>
          ) : null}
        </div>
        {event.summary ? <p className="event-item__summary">{event.summary}</p> : null}
        <p className="event-item__sources">
          <SourceSummary sources={event.sources} />
        </p>
      </div>
    </article>
  );
}
