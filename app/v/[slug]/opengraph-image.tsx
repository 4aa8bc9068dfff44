import { notFound } from 'next/navigation';
import { PREVIEW_SIZE, timelinePreviewResponse } from '@/components/share/timeline-preview';
import { loadSavedView } from './_load';

// The link preview of a saved view: the view itself (lanes, events, window, title), 1200x630.
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
export const alt = 'The saved timeline view';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const saved = await loadSavedView((await params).slug);
  if (!saved) notFound();
  return timelinePreviewResponse({
    state: saved.view.state,
    data: saved.data,
    words: saved.words,
    title: saved.view.title,
  });
}
