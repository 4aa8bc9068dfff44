import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { requestDb } from '@/db/server';
import { parseViewState, viewStateHref } from '@/lib/view-state/codec';
import { describeView } from '@/lib/view-state/describe';
import { filtersOf } from '@/lib/view-state/schema';
import { AppProviders } from '@/components/providers/app-providers';
import { makeQueryClient } from '@/components/providers/query-client';
import { timelineQueryKey } from '@/components/timeline/queries';
import { TimelineView } from '@/components/timeline/timeline-view';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseViewState(await searchParams);
  const db = await requestDb();
  const words = describeView(state, await getTimelineDataAt(db, filtersOf(state), state.asOf));
  return { title: words.title, description: words.description };
}

// /embed/timeline?<the query of a /timeline URL>: that view, without the site around it.
export default async function EmbedTimelinePage({ searchParams }: Props) {
  const state = parseViewState(await searchParams);
  const db = await requestDb();
  const filters = filtersOf(state);
  const data = await getTimelineDataAt(db, filters, state.asOf);
  const words = describeView(state, data);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(timelineQueryKey(filters, state.asOf), data);
  return (
    <>
      <div className="embed-page__head">
        <h1 className="embed-page__title">{words.title}</h1>
        <a href={viewStateHref(state)} target="_blank" rel="noopener">
          Open in Beachhead<span className="visually-hidden"> (opens a new tab)</span>
        </a>
      </div>
      <AppProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Suspense fallback={<p className="muted">Loading the timeline…</p>}>
            <TimelineView variant="embed" history="replace" />
          </Suspense>
        </HydrationBoundary>
      </AppProviders>
    </>
  );
}
