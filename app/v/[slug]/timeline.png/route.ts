import { timelinePreviewResponse } from '@/components/share/timeline-preview';
import { buildScene, METRICS } from '@/lib/timeline/layout';
import { buildModel } from '@/lib/timeline/model';
import { loadSavedView } from '../_load';

// GET /v/[slug]/timeline.png — the saved view as a PNG, every lane, for downloads.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const saved = await loadSavedView(slug);
  if (!saved) return new Response('No saved view with this link.', { status: 404 });
  const scene = buildScene(buildModel(saved.data), saved.view.state.group);
  const height = Math.min(4000, Math.max(420, 190 + Math.max(scene.height, METRICS.axisHeight + 40)));
  return timelinePreviewResponse(
    { state: saved.view.state, data: saved.data, words: saved.words, title: saved.view.title },
    { width: 1600, height },
    { 'Content-Disposition': `inline; filename="beachhead-${slug}.png"` },
  );
}
