import type { NextRequest } from 'next/server';
import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { requestDb } from '@/db/server';
import { parseViewState } from '@/lib/view-state/codec';
import { describeView } from '@/lib/view-state/describe';
import { filtersOf } from '@/lib/view-state/schema';
import { timelinePreviewResponse } from '@/components/share/timeline-preview';

// GET /timeline/preview-image?<the query of a /timeline URL> — the 1200x630 PNG preview of that
// view (its lanes, events, window and title), named by /timeline's og:image and twitter:image.
// A file-based opengraph-image cannot see the page's query string, hence a route of its own.
export async function GET(request: NextRequest) {
  const state = parseViewState(request.nextUrl.searchParams);
  const db = await requestDb();
  const data = await getTimelineDataAt(db, filtersOf(state), state.asOf);
  return timelinePreviewResponse({ state, data, words: describeView(state, data) });
}
