import type { ReactNode } from 'react';
import type { EventDetail } from '@/lib/domain/dto';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { CitationList } from './citation-list';
import { EventFacts } from './event-facts';
import { LinkedEvents } from './linked-events';
import { RevisionList } from './revision-list';
import { StatusBadge } from './status-badge';
import { TypeBadge } from './type-badge';

/** The page of one event: what, when, who, the sources and quotes, linked events, history. */
export function EventDetailView({ event, actions }: { event: EventDetail; actions?: ReactNode }) {
  return (
    <article>
      <PageHeader
        breadcrumb={<Breadcrumb items={[{ label: 'Events', href: '/events' }, { label: event.title }]} />}
        title={event.title}
        meta={
          <>
            <TypeBadge type={event.type} />
            <StatusBadge status={event.status} />
            <span className="muted">{event.date.label}</span>
          </>
        }
        lead={event.summary || undefined}
        actions={actions}
      />
      <div className="layout-split layout-split--aside-first">
        <aside aria-label="Event facts">
          <Card className="event-facts">
            <h2>Facts</h2>
            <EventFacts event={event} />
          </Card>
        </aside>
        <div className="stack">
          <Section id="sources" title="Sources" count={event.sources.length}>
            <CitationList citations={event.sources} />
          </Section>
          {event.links.length > 0 ? (
            <Section id="linked" title="Linked events" count={event.links.length}>
              <LinkedEvents links={event.links} />
            </Section>
          ) : null}
          <Section id="history" title="History" count={event.history.length}>
            {event.history.length > 0 ? (
              <RevisionList revisions={event.history} label="Revisions of this event" />
            ) : (
              <EmptyState title="No recorded revisions." />
            )}
          </Section>
        </div>
      </div>
    </article>
  );
}
