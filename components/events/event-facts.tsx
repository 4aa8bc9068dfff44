import Link from 'next/link';
import type { EventDetail } from '@/lib/domain/dto';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { RegionLink } from '@/components/regions/region-link';
import { DefinitionList } from '@/components/ui/definition-list';
import { InlineList } from '@/components/ui/inline-list';
import { Timestamp } from '@/components/ui/timestamp';
import { DateWindow } from './date-window';

/** Who, where and when of one event, every organization and region linked to its page. */
export function EventFacts({ event }: { event: EventDetail }) {
  const counterparties =
    event.counterparties.length > 0 || event.counterpartyNote ? (
      <>
        {event.counterparties.length > 0 ? (
          <InlineList
            items={event.counterparties}
            getKey={(o) => o.id}
            render={(o) => <OrganizationLink org={o} />}
          />
        ) : null}
        {event.counterpartyNote ? (
          <span className={event.counterparties.length > 0 ? 'muted' : undefined}>
            {event.counterparties.length > 0 ? ` (${event.counterpartyNote})` : event.counterpartyNote}
          </span>
        ) : null}
      </>
    ) : null;

  return (
    <DefinitionList
      layout="stacked"
      items={[
        { term: 'When', details: <DateWindow date={event.date} variant="full" /> },
        { term: 'Vendor', details: event.vendor ? <OrganizationLink org={event.vendor} /> : null },
        { term: 'Region', details: event.region ? <RegionLink region={event.region} /> : null },
        { term: 'Counterparties', details: counterparties },
        {
          term: 'Actors',
          details:
            event.actors.length > 0 ? (
              <InlineList
                items={event.actors}
                getKey={(o) => o.id}
                render={(o) => <OrganizationLink org={o} />}
              />
            ) : null,
        },
        {
          term: 'People',
          details:
            event.people.length > 0 ? (
              <InlineList
                items={event.people}
                getKey={(p) => p.id}
                render={(p) => (
                  <>
                    <Link href={`/people/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
                    {p.role ? <span className="muted"> ({p.role})</span> : null}
                  </>
                )}
              />
            ) : null,
        },
        {
          term: 'Products',
          details:
            event.products.length > 0 ? (
              <InlineList
                items={event.products}
                getKey={(p) => p.id}
                render={(p) => (
                  <>
                    <Link href={`/products/${encodeURIComponent(p.slug)}`}>{p.name}</Link>{' '}
                    <span className="muted">({PRODUCT_CATEGORY_LABELS[p.category]})</span>
                  </>
                )}
              />
            ) : null,
        },
        {
          term: 'Last updated',
          details: (
            <>
              Version {event.version}, <Timestamp value={event.updatedAt} />
            </>
          ),
        },
      ]}
    />
  );
}
