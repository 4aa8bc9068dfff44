import 'server-only';
import { cache } from 'react';
import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { getViewBySlug } from '@/db/queries/views';
import { requestDb } from '@/db/server';
import { describeView } from '@/lib/view-state/describe';
import { filtersOf } from '@/lib/view-state/schema';

/** A saved view with its events (as known on its pinned moment) and words; null when unknown. Once per request. */
export const loadSavedView = cache(async (slug: string) => {
  const db = await requestDb();
  const view = await getViewBySlug(db, slug);
  if (!view) return null;
  const data = await getTimelineDataAt(db, filtersOf(view.state), view.asKnownOn);
  return { view, data, words: describeView(view.state, data) };
});
