import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { InvalidCursorError, listEvents } from '@/db/queries/events';
import { listOrganizationOptions } from '@/db/queries/organizations';
import { cachedRead } from '@/db/queries/read-cache';
import { listRegionOptions } from '@/db/queries/regions';
import type { Db } from '@/db/client';
import { requestDb } from '@/db/server';
import type { EventListItem, Page } from '@/lib/domain/dto';
import { decide } from '@/lib/domain/permissions';
import { parseEventFilters, type FilterParseResult } from '@/lib/domain/event-filters';
import { EventFiltersForm, type EventFilterValues } from '@/components/events/event-filters-form';
import { EventExportLinks } from '@/components/events/export-links';
import { EventList } from '@/components/events/event-list';
import { RecordActions } from '@/components/forms/record-actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Events',
  description:
    'Every recorded market entry, plan, store opening, carrier deal and cancellation, filterable by vendor, region, type, status and date.',
};

const PAGE_SIZE = 20;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined && v !== '') params.append(key, v);
  }
  return params;
}

function formValues(params: URLSearchParams): EventFilterValues {
  const first = (key: string) => params.get(key)?.split(',')[0]?.trim() || undefined;
  return {
    q: params.get('q') ?? undefined,
    vendor: first('vendor'),
    region: first('region'),
    type: first('type'),
    status: first('status'),
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
}

function withCursor(params: URLSearchParams, cursor: string | null): string {
  const next = new URLSearchParams(params);
  next.delete('cursor');
  if (cursor) next.set('cursor', cursor);
  const query = next.toString();
  return query ? `/events?${query}` : '/events';
}

/** parseEventFilters, with a malformed date reported like any other bad filter, never thrown. */
function safeParse(params: URLSearchParams): FilterParseResult {
  try {
    return parseEventFilters(params);
  } catch {
    return { ok: false, parameter: params.has('from') ? 'from' : 'to', message: 'Use a day as YYYY-MM-DD' };
  }
}

/** What the page reads: one page of events (or why not) and the filter form's options. */
async function readEventsPage(db: Db, params: URLSearchParams, parsed: FilterParseResult) {
  let page: Page<EventListItem> | null = null;
  let problem: string | null = null;
  if (parsed.ok) {
    const filters = params.has('limit') ? parsed.filters : { ...parsed.filters, limit: PAGE_SIZE };
    try {
      page = await listEvents(db, filters);
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      problem = 'This page link has expired or was altered. Start again from the first page.';
    }
  } else {
    problem = `The filter “${parsed.parameter}” was not understood: ${parsed.message}.`;
  }
  const [vendors, regions] = await Promise.all([
    listOrganizationOptions(db, 'vendor'),
    listRegionOptions(db),
  ]);
  return { page, problem, vendors, regions };
}

export default async function EventsPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const parsed = safeParse(params);
  const db = await requestDb();
  // Everything read depends on the parameters alone: cached per parameters on PGlite until the
  // next write (db/queries/read-cache.ts).
  const [{ page, problem, vendors, regions }, actor] = await Promise.all([
    cachedRead(db, `events-page?${params.toString()}`, () => readEventsPage(db, params, parsed)),
    getRequestActor(),
  ]);
  const filtered = [...params.keys()].some((key) => key !== 'cursor' && key !== 'limit');

  return (
    <>
      <PageHeader
        title="Events"
        lead="Dated claims about vendors in markets, in date order. Plans stay plans until an outcome is recorded; windows show how precisely the sources date them."
        actions={
          <RecordActions
            canEdit={decide(actor, 'create', 'event').allowed}
            label="Events"
            add={{ href: '/events/new', text: 'Add event' }}
          />
        }
      />
      <div className="stack">
        <Card>
          <h2 className="visually-hidden">Filters</h2>
          <EventFiltersForm values={formValues(params)} vendors={vendors} regions={regions} />
          {parsed.ok ? (
            <EventExportLinks params={params} label={filtered ? 'the matching events' : 'all events'} />
          ) : null}
        </Card>
        {problem ? (
          <div className="callout" role="alert">
            <p>{problem}</p>
          </div>
        ) : null}
        {page ? (
          <section aria-labelledby="results-title" className="stack-s">
            <h2 id="results-title" className="section-title">
              {filtered ? 'Matching events' : 'All events'}{' '}
              <span className="section-title__count">
                {page.items.length}
                {page.nextCursor ? ' on this page' : ''}
              </span>
            </h2>
            <EventList
              events={page.items}
              emptyTitle={filtered ? 'No events match these filters.' : 'No events recorded yet.'}
              emptyHint={filtered ? <Link href="/events">Show all events</Link> : undefined}
            />
            {page.nextCursor || params.has('cursor') ? (
              <nav className="pagination" aria-label="Pages of events">
                {params.has('cursor') ? (
                  <Link className="button button--secondary" href={withCursor(params, null)}>
                    First page
                  </Link>
                ) : (
                  <span />
                )}
                {page.nextCursor ? (
                  <Link className="button" href={withCursor(params, page.nextCursor)} rel="next">
                    Next page
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
