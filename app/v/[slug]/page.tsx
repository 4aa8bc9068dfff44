import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { viewStateHref } from '@/lib/view-state/codec';
import { formatMoment } from '@/lib/view-state/describe';
import { filtersOf } from '@/lib/view-state/schema';
import { AppProviders } from '@/components/providers/app-providers';
import { makeQueryClient } from '@/components/providers/query-client';
import { timelineQueryKey } from '@/components/timeline/queries';
import { SavedTimelineView } from '@/components/timeline/timeline-view';
import { PageHeader } from '@/components/ui/page-header';
import { requestOrigin } from '../_lib/request-origin';
import { loadSavedView } from './_load';

interface Props {
  params: Promise<{ slug: string }>;
}

// A saved, shared view: the filters, window, grouping and selection it was saved with, on the
// data as known when it was pinned (or the current data). Its preview image is ./opengraph-image.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const saved = await loadSavedView((await params).slug);
  if (!saved)
    return { metadataBase: await requestOrigin(), title: 'View not found', robots: { index: false } };
  const { view, words } = saved;
  return {
    metadataBase: await requestOrigin(),
    title: view.title,
    description: words.description,
    openGraph: { type: 'website', title: view.title, description: words.description },
    twitter: { card: 'summary_large_image', title: view.title, description: words.description },
  };
}

export default async function SavedViewPage({ params }: Props) {
  const { slug } = await params;
  const saved = await loadSavedView(slug);
  if (!saved) notFound();
  const { view, data, words } = saved;
  const queryClient = makeQueryClient();
  queryClient.setQueryData(timelineQueryKey(filtersOf(view.state), view.asKnownOn), data);
  const liveHref = viewStateHref({ ...view.state, asOf: null });
  return (
    <>
      <PageHeader title={view.title} lead={words.description} />
      {view.asKnownOn ? (
        <p className="callout" role="note" data-testid="pinned-notice">
          Showing the data as recorded on{' '}
          <time dateTime={view.asKnownOn}>{formatMoment(view.asKnownOn)}</time>.{' '}
          <Link href={liveHref}>See the current data</Link>
        </p>
      ) : (
        <p className="muted">
          <Link href={viewStateHref(view.state)}>Open this view in the timeline</Link> to change its filters.
        </p>
      )}
      <AppProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <SavedTimelineView initial={view.state} slug={view.slug} variant="saved" />
        </HydrationBoundary>
      </AppProviders>
    </>
  );
}
