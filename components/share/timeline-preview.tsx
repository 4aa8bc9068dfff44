import { ImageResponse } from 'next/og';
import { paintStaticTimeline } from '@/lib/timeline/static';
import { SplitTextPainter, type PlacedText } from '@/lib/timeline/split-painter';
import { LIGHT_THEME } from '@/lib/timeline/theme';
import type { TimelineData } from '@/lib/timeline/types';
import type { ViewWords } from '@/lib/view-state/describe';
import { viewWindow } from '@/lib/view-state/describe';
import type { ViewState } from '@/lib/view-state/schema';
import { PREVIEW_FONT_FAMILY, previewFonts, previewWeight } from './preview-fonts';

// The picture of a view: its title, window and moment above the timeline itself (the same
// layout and renderer as the page, its lanes and events at its window), drawn by next/og
// (satori + resvg) in Inter, the app's font, read from @fontsource/inter (preview-fonts.ts): no
// network, no system fonts. Shapes are one embedded SVG; texts are laid over it as satori text,
// which the engine turns into glyphs.

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const PAD = 40;
const HEADER = 150;

function textBox(t: PlacedText, measure: (text: string, font: string) => number) {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(t.style.font)?.[1] ?? 12);
  const width = measure(t.text, t.style.font) * 1.08 + 4;
  const align = t.style.align ?? 'left';
  const left = align === 'center' ? t.x - width / 2 : align === 'right' ? t.x - width : t.x;
  return { size, width, left, top: t.y - size * 0.93, align };
}

function TimelineDrawing({
  data,
  state,
  width,
  height,
}: {
  data: TimelineData;
  state: ViewState;
  width: number;
  height: number;
}) {
  const painter = new SplitTextPainter();
  paintStaticTimeline(painter, {
    data,
    group: state.group,
    window: viewWindow(state, data),
    width,
    height,
    selectedId: state.event,
    laneLabelWidth: 150,
    theme: LIGHT_THEME,
    now: null,
  });
  const svg = painter.svg.toString();
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const measure = (text: string, font: string) => painter.measure(text, font);
  return (
    <div style={{ display: 'flex', position: 'relative', width, height, overflow: 'hidden' }}>
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} width={width} height={height} alt="" style={{ position: 'absolute', left: 0, top: 0 }} />
      {painter.texts.map((t, k) => {
        const box = textBox(t, measure);
        const label = (
          <div
            key={k}
            style={{
              position: 'absolute',
              left: t.clip ? box.left - t.clip.x : box.left,
              top: t.clip ? box.top - t.clip.y : box.top,
              width: box.width,
              display: 'flex',
              justifyContent:
                box.align === 'center' ? 'center' : box.align === 'right' ? 'flex-end' : 'flex-start',
              fontSize: box.size,
              fontWeight: previewWeight(t.style.font),
              lineHeight: 1.15,
              color: t.style.color,
              whiteSpace: 'nowrap',
            }}
          >
            {t.text}
          </div>
        );
        if (!t.clip) return label;
        return (
          <div
            key={k}
            style={{
              position: 'absolute',
              display: 'flex',
              left: t.clip.x,
              top: t.clip.y,
              width: t.clip.w,
              height: t.clip.h,
              overflow: 'hidden',
            }}
          >
            {label}
          </div>
        );
      })}
    </div>
  );
}

export interface PreviewInput {
  state: ViewState;
  data: TimelineData;
  words: ViewWords;
  /** A saved view's own title (else the view's words). */
  title?: string;
}

function PreviewCard({
  state,
  data,
  words,
  title,
  width,
  height,
}: PreviewInput & { width: number; height: number }) {
  const drawingWidth = width - 2 * PAD;
  const drawingHeight = height - HEADER - PAD;
  const count = data.items.length;
  return (
    <div
      style={{
        width,
        height,
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: '#152030',
        fontFamily: PREVIEW_FONT_FAMILY,
        padding: `${PAD - 8}px ${PAD}px ${PAD}px`,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', height: HEADER - PAD + 8 }}>
        <div
          style={{ display: 'flex', alignItems: 'center', fontSize: 22, fontWeight: 600, color: '#0d5c85' }}
        >
          <div
            style={{
              display: 'flex',
              width: 18,
              height: 18,
              background: '#0d5c85',
              borderRadius: 4,
              marginRight: 10,
            }}
          />
          Beachhead · timeline
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: 40,
            fontWeight: 700,
            marginTop: 10,
            lineHeight: 1.15,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            maxWidth: width - 2 * PAD,
          }}
        >
          {title ?? words.title}
        </div>
        <div style={{ display: 'flex', fontSize: 22, marginTop: 8, color: '#475467' }}>
          {`${words.window} · ${count} ${count === 1 ? 'event' : 'events'}${words.asOf ? ` · as recorded on ${words.asOf}` : ''}`}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          border: '1px solid #d8dee6',
          borderRadius: 8,
          overflow: 'hidden',
          width: drawingWidth,
          height: drawingHeight,
        }}
      >
        <TimelineDrawing data={data} state={state} width={drawingWidth - 2} height={drawingHeight - 2} />
      </div>
    </div>
  );
}

/** The view as a PNG: 1200x630 by default (link previews), or any size (downloads). */
export function timelinePreviewResponse(
  input: PreviewInput,
  size: { width: number; height: number } = PREVIEW_SIZE,
  headers: Record<string, string> = {},
): ImageResponse {
  const fonts = previewFonts();
  return new ImageResponse(<PreviewCard {...input} width={size.width} height={size.height} />, {
    ...size,
    ...(fonts.length ? { fonts } : {}),
    headers: { 'Cache-Control': 'public, max-age=300', ...headers },
  });
}
