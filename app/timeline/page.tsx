import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getEventDetail } from '@/db/queries/events';
import { listOrganizations } from '@/db/queries/organizations';
import { listRegions } from '@/db/queries/regions';
import { getTimelineData } from '@/db/queries/timeline';
import { requestDb } from '@/db/server';
import { parseViewState } from '@/lib/view-state/codec';
import { filtersOf } from '@/lib/view-state/schema';
import { AppProviders } from '@/components/providers/app-providers';
import { makeQueryClient } from '@/components/providers/query-client';
import { eventQueryKey, timelineQueryKey } from '@/components/timeline/queries';
import { TimelineView } from '@/components/timeline/timeline-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Timeline',
  description:
    'Vendors entering (and failing to enter) markets, on one timeline: plans and outcomes, fuzzy dates as windows, every event tied to its sources.',
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The first view is rendered on the server from the URL (events, lanes, selection with its
// sources), then hydrates; from there the browser keeps the URL and the data in step.
export default async function TimelinePage({ searchParams }: Props) {
  const state = parseViewState(await searchParams);
  const db = await requestDb();
  const filters = filtersOf(state);
  const [data, vendors, regions, detail] = await Promise.all([
    getTimelineData(db, filters),
    listOrganizations(db, 'vendor'),
    listRegions(db),
    state.event ? getEventDetail(db, state.event) : Promise.resolve(null),
  ]);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(timelineQueryKey(filters), data);
  if (state.event && detail) queryClient.setQueryData(eventQueryKey(state.event), detail);

  return (
    <>
      <PageHeader
        title="Timeline"
        lead="Plans and outcomes side by side: dashed marks are plans, solid ones happened, struck ones were cancelled. Fuzzy dates are drawn as the windows the sources allow."
      />
      <AppProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Suspense fallback={<p className="muted">Loading the timeline…</p>}>
            <TimelineView
              vendors={vendors.map((v) => ({ slug: v.slug, name: v.name, eventCount: v.eventCount }))}
              regions={regions.map((r) => ({ slug: r.slug, name: r.name, kind: r.kind }))}
            />
          </Suspense>
        </HydrationBoundary>
      </AppProviders>
    </>
  );
}
