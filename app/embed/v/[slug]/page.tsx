import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { filtersOf } from '@/lib/view-state/schema';
import { AppProviders } from '@/components/providers/app-providers';
import { makeQueryClient } from '@/components/providers/query-client';
import { timelineQueryKey } from '@/components/timeline/queries';
import { SavedTimelineView } from '@/components/timeline/timeline-view';
import { loadSavedView } from '../../../v/[slug]/_load';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const saved = await loadSavedView((await params).slug);
  return saved
    ? { title: saved.view.title, description: saved.words.description }
    : { title: 'View not found' };
}

// /embed/v/[slug]: a saved view without the site around it (the Share dialog's iframe snippet).
export default async function EmbedSavedViewPage({ params }: Props) {
  const { slug } = await params;
  const saved = await loadSavedView(slug);
  if (!saved) notFound();
  const { view, data } = saved;
  const queryClient = makeQueryClient();
  queryClient.setQueryData(timelineQueryKey(filtersOf(view.state), view.asKnownOn), data);
  return (
    <>
      <div className="embed-page__head">
        <h1 className="embed-page__title">{view.title}</h1>
        <a href={`/v/${view.slug}`} target="_blank" rel="noopener">
          Open in Beachhead<span className="visually-hidden"> (opens a new tab)</span>
        </a>
      </div>
      <AppProviders>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <SavedTimelineView initial={view.state} slug={view.slug} variant="embed" />
        </HydrationBoundary>
      </AppProviders>
    </>
  );
}
