'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, type Ref } from 'react';
import { CitationList } from '@/components/events/citation-list';
import { eventHref } from '@/components/events/event-href';
import { StatusBadge } from '@/components/events/status-badge';
import { TypeBadge } from '@/components/events/type-badge';
import type { EventAsKnownOn, EventDetail } from '@/lib/domain/dto';
import { EVENT_LINK_LABELS } from '@/lib/domain/labels';
import { describeMark, markTokens } from '@/lib/timeline/mark-style';
import type { TimelineItem } from '@/lib/timeline/types';
import { eventQueryKey, fetchEvent, fetchEventAsKnownOn, HttpError } from './queries';

// The details of the selected event beside the timeline: what the timeline knows at once (title,
// status, window), then its sources, quotes and links from /api/v1/events/{id} (with ?asof=…
// in "as known on" mode: all of it as recorded then).

interface EventPanelProps {
  id: string;
  /** The timeline's compact record, when the event is in the current view. */
  item: TimelineItem | null;
  onClose(): void;
  /** Select another event (a linked one) on the timeline. */
  onSelect(id: string): void;
  /** Whether an event id is on the timeline now (linked events outside it open their page). */
  isShown(id: string): boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The view shows the data as recorded at this moment: the compact record is that state. */
  asOf?: string | null;
}

export function EventPanel({
  id,
  item,
  onClose,
  onSelect,
  isShown,
  headingRef,
  asOf = null,
}: EventPanelProps) {
  const headingId = useId();
  // As known on a past moment, everything (fields, sources, quotes, links) is the state then.
  const query = useQuery<EventDetail | EventAsKnownOn>({
    queryKey: eventQueryKey(id, asOf),
    queryFn: ({ signal }) => (asOf ? fetchEventAsKnownOn(id, asOf, signal) : fetchEvent(id, signal)),
  });
  const detail = query.data;
  const base = asOf ? (item ?? detail) : (detail ?? item);
  const missing = query.error instanceof HttpError && query.error.status === 404;

  return (
    <section
      className="timeline-panel"
      aria-labelledby={headingId}
      data-event-id={id}
      data-mark={base ? markTokens(base) : undefined}
    >
      <div className="timeline-panel__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="timeline-panel__title">
          {base?.title ?? (missing ? 'Event not found' : 'Loading the event…')}
        </h2>
        <button type="button" className="button button--secondary timeline-panel__close" onClick={onClose}>
          Close<span className="visually-hidden"> details</span>
        </button>
      </div>
      {missing ? (
        <p>
          {asOf
            ? 'This event was not recorded at that moment.'
            : 'This event no longer exists or was never recorded.'}
        </p>
      ) : null}
      {base ? (
        <>
          <div className="badges">
            <TypeBadge type={base.type} />
            <StatusBadge status={base.status} />
          </div>
          <p>
            <strong>{base.date.label}</strong>
          </p>
          <p className="timeline-panel__drawn" data-testid="drawn-as">
            Drawn as {describeMark(base)}.
          </p>
          {!item ? <p className="callout">This event is not in the current filters.</p> : null}
          {asOf ? (
            <p className="muted" data-testid="panel-as-of">
              As recorded then: title, status, date, sources and links.
            </p>
          ) : null}
        </>
      ) : null}
      {detail?.summary && !asOf ? <p>{detail.summary}</p> : null}
      {query.isPending ? <p className="muted">Loading sources…</p> : null}
      {query.isError && !missing ? (
        <p className="callout" role="alert">
          The sources could not be loaded: {query.error.message}{' '}
          <button type="button" className="link-button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {detail ? (
        <>
          <section aria-labelledby={`${headingId}-sources`} className="stack-s">
            <h3 id={`${headingId}-sources`}>Sources ({detail.sources.length})</h3>
            <CitationList citations={detail.sources} />
          </section>
          {detail.links.length > 0 ? (
            <section aria-labelledby={`${headingId}-links`} className="stack-s">
              <h3 id={`${headingId}-links`}>Linked events</h3>
              <ul className="timeline-panel__links">
                {detail.links.map((link) => (
                  <li
                    key={link.linkId}
                    className="timeline-panel__link"
                    data-link-type={link.type}
                    data-direction={link.direction}
                  >
                    <span className="timeline-panel__link-kind">
                      {EVENT_LINK_LABELS[link.type][link.direction]}
                    </span>
                    {isShown(link.event.id) ? (
                      <button type="button" className="link-button" onClick={() => onSelect(link.event.id)}>
                        {link.event.title}
                      </button>
                    ) : (
                      <Link href={eventHref(link.event)}>{link.event.title}</Link>
                    )}
                    <span className="muted">
                      {link.event.dateLabel} · <StatusBadge status={link.event.status} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      <p>
        <Link href={eventHref({ id })}>Open the event’s page</Link>
        <span className="muted"> (history, facts)</span>
      </p>
    </section>
  );
}
