import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { getEventDetail } from '@/db/queries/events';
import { listOrganizations } from '@/db/queries/organizations';
import { listRegions } from '@/db/queries/regions';
import { requestDb } from '@/db/server';
import { parseViewState, serializeViewState } from '@/lib/view-state/codec';
import { describeView } from '@/lib/view-state/describe';
import { filtersOf } from '@/lib/view-state/schema';
import { AppProviders } from '@/components/providers/app-providers';
import { makeQueryClient } from '@/components/providers/query-client';
import { eventQueryKey, timelineQueryKey } from '@/components/timeline/queries';
import { TimelineView } from '@/components/timeline/timeline-view';
import { PageHeader } from '@/components/ui/page-header';
import { requestOrigin } from '../v/_lib/request-origin';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Title, description and preview image follow the view in the URL, so a pasted link unfurls
// as what it shows. The preview image (./preview-image) draws the same view.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseViewState(await searchParams);
  const db = await requestDb();
  const data = await getTimelineDataAt(db, filtersOf(state), state.asOf);
  const words = describeView(state, data);
  const query = serializeViewState({ ...state, mode: 'timeline' });
  const image = {
    url: `/timeline/preview-image${query ? `?${query}` : ''}`,
    width: 1200,
    height: 630,
    alt: `Timeline: ${words.title}`,
  };
  return {
    metadataBase: await requestOrigin(),
    title: `Timeline: ${words.title}`,
    description: words.description,
    openGraph: { type: 'website', title: words.title, description: words.description, images: [image] },
    twitter: {
      card: 'summary_large_image',
      title: words.title,
      description: words.description,
      images: [image],
    },
  };
}

// The first view is rendered on the server from the URL (events, lanes, selection with its
// sources), then hydrates; from there the browser keeps the URL and the data in step.
export default async function TimelinePage({ searchParams }: Props) {
  const state = parseViewState(await searchParams);
  const db = await requestDb();
  const filters = filtersOf(state);
  const [data, vendors, regions, detail] = await Promise.all([
    getTimelineDataAt(db, filters, state.asOf),
    listOrganizations(db, 'vendor'),
    listRegions(db),
    state.event ? getEventDetail(db, state.event) : Promise.resolve(null),
  ]);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(timelineQueryKey(filters, state.asOf), data);
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
