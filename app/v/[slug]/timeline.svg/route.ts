import { renderTimelineSvg } from '@/lib/timeline/static';
import { viewWindow } from '@/lib/view-state/describe';
import { loadSavedView } from '../_load';

// GET /v/[slug]/timeline.svg — the saved view as an SVG document, every lane, lane names in a
// gutter (text measured by estimate: no fonts on the server).
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const saved = await loadSavedView(slug);
  if (!saved) return new Response('No saved view with this link.', { status: 404 });
  const { state } = saved.view;
  const { svg } = renderTimelineSvg({
    data: saved.data,
    group: state.group,
    window: viewWindow(state, saved.data),
    width: 1600,
    laneLabelWidth: 160,
    selectedId: state.event,
  });
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `inline; filename="beachhead-${slug}.svg"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
