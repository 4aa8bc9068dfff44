'use client';

import { utcMonth, utcYear } from 'd3-time';
import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { densityBins } from '@/lib/timeline/density';
import type { TimelineModel } from '@/lib/timeline/model';
import type { TimelineTheme } from '@/lib/timeline/theme';
import { axisTicks } from '@/lib/timeline/ticks';
import { clampWindow, DAY_MS, formatWindow, MIN_SPAN_MS } from '@/lib/timeline/time';
import type { TimeWindow } from '@/lib/timeline/types';
import type { ViewportStore } from './viewport-store';

// The overview strip: how many events fall in each part of the whole time span, with a brush
// over the window the main view shows. Drag the brush to pan, drag its edges to zoom, click
// elsewhere to move there; both edges are sliders for the keyboard.

const HEIGHT = 44;

interface OverviewProps {
  model: TimelineModel;
  store: ViewportStore;
  /** The whole span the strip shows. */
  extent: TimeWindow;
  theme: TimelineTheme;
  now: number | null;
  /** Live changes while dragging; `commit` when the gesture ends. */
  onChange: (w: TimeWindow, commit: boolean) => void;
}

type Drag = { kind: 'move' | 'start' | 'end'; x: number; window: TimeWindow };

const dayNumber = (t: number) => Math.round(t / DAY_MS);
const dayText = (t: number) => {
  const d = new Date(t);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

export function TimelineOverview({ model, store, extent, theme, now, onChange }: OverviewProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const drag = useRef<Drag | null>(null);
  const live = useSyncExternalStore(store.subscribe, store.get, store.get);
  const span = extent.end - extent.start;

  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = theme.axisBackground;
    ctx.fillRect(0, 0, width, HEIGHT);
    const bins = Math.max(1, Math.floor(width / 3));
    const counts = densityBins(model, extent, bins);
    let max = 1;
    for (const c of counts) max = Math.max(max, c);
    ctx.fillStyle = theme.clusterLine;
    ctx.globalAlpha = 0.55;
    const barW = width / bins;
    counts.forEach((c, k) => {
      if (c <= 0) return;
      const h = Math.max(2, Math.sqrt(c / max) * (HEIGHT - 16));
      ctx.fillRect(k * barW, HEIGHT - h, Math.max(1, barW - 0.5), h);
    });
    ctx.globalAlpha = 1;
    const ticks = axisTicks(extent, width);
    ctx.font = `500 10px ${theme.fontFamily}`;
    ctx.fillStyle = theme.axisText;
    ctx.strokeStyle = theme.gridStrong;
    ctx.lineWidth = 1;
    let lastEnd = -Infinity;
    for (const tick of ticks.unit === 'month' || ticks.unit === 'day' ? ticks.context : ticks.ticks) {
      const x = ((tick.t - extent.start) / span) * width;
      if (x < 0 || x > width) continue;
      ctx.beginPath();
      ctx.moveTo(Math.round(x) + 0.5, 0);
      ctx.lineTo(Math.round(x) + 0.5, 12);
      ctx.stroke();
      const w = ctx.measureText(tick.label).width;
      if (x + 3 > lastEnd + 4 && x + 3 + w < width) {
        ctx.fillText(tick.label, x + 3, 10);
        lastEnd = x + 3 + w;
      }
    }
    if (now !== null && now >= extent.start && now <= extent.end) {
      const x = Math.round(((now - extent.start) / span) * width) + 0.5;
      ctx.strokeStyle = theme.today;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, HEIGHT);
      ctx.stroke();
    }
  }, [model, extent, span, width, theme, now]);

  const toX = (t: number) => ((t - extent.start) / span) * width;
  const left = Math.max(0, Math.min(width, toX(live.start)));
  const right = Math.max(0, Math.min(width, toX(live.end)));
  const msPerPx = span / Math.max(1, width);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const kind = (e.currentTarget.dataset.drag ?? 'move') as Drag['kind'];
    drag.current = { kind, x: e.clientX, window: store.get() };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = (e.clientX - d.x) * msPerPx;
    if (d.kind === 'move')
      onChange(clampWindow({ start: d.window.start + dt, end: d.window.end + dt }), false);
    else if (d.kind === 'start')
      onChange(
        clampWindow({ start: Math.min(d.window.start + dt, d.window.end - MIN_SPAN_MS), end: d.window.end }),
        false,
      );
    else
      onChange(
        clampWindow({
          start: d.window.start,
          end: Math.max(d.window.end + dt, d.window.start + MIN_SPAN_MS),
        }),
        false,
      );
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    onChange(store.get(), true);
  };
  const onBackgroundDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || drag.current) return;
    e.preventDefault();
    const rect = e.currentTarget.getBoundingClientRect();
    const t = extent.start + (e.clientX - rect.left) * msPerPx;
    const w = store.get();
    const half = (w.end - w.start) / 2;
    onChange(clampWindow({ start: t - half, end: t + half }), true);
  };

  const onHandleKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const edge = e.currentTarget.dataset.drag === 'start' ? 'start' : 'end';
    const w = store.get();
    const value = edge === 'start' ? w.start : w.end;
    const step: Record<string, number | undefined> = {
      ArrowLeft: utcMonth.offset(new Date(value), -1).getTime(),
      ArrowDown: utcMonth.offset(new Date(value), -1).getTime(),
      ArrowRight: utcMonth.offset(new Date(value), 1).getTime(),
      ArrowUp: utcMonth.offset(new Date(value), 1).getTime(),
      PageDown: utcYear.offset(new Date(value), -1).getTime(),
      PageUp: utcYear.offset(new Date(value), 1).getTime(),
      Home: edge === 'start' ? extent.start : w.start + MIN_SPAN_MS,
      End: edge === 'end' ? extent.end : w.end - MIN_SPAN_MS,
    };
    const next = step[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const candidate =
      edge === 'start'
        ? { start: Math.min(next, w.end - MIN_SPAN_MS), end: w.end }
        : { start: w.start, end: Math.max(next, w.start + MIN_SPAN_MS) };
    onChange(clampWindow(candidate), true);
  };

  const slider = (edge: 'start' | 'end') => {
    const value = edge === 'start' ? live.start : live.end - 1;
    return {
      role: 'slider' as const,
      tabIndex: 0,
      'aria-label': edge === 'start' ? 'Start of the shown window' : 'End of the shown window',
      'aria-valuemin': dayNumber(extent.start),
      'aria-valuemax': dayNumber(extent.end),
      'aria-valuenow': dayNumber(value),
      'aria-valuetext': dayText(value),
      'aria-orientation': 'horizontal' as const,
      'data-drag': edge,
    };
  };

  return (
    <div className="timeline-overview">
      <div ref={frameRef} className="timeline-overview__frame" onPointerDown={onBackgroundDown}>
        <canvas
          ref={canvasRef}
          className="timeline-overview__canvas"
          style={{ height: HEIGHT }}
          aria-hidden="true"
        />
        {width > 0 ? (
          <div
            className="timeline-overview__brush"
            style={{ left, width: Math.max(2, right - left) }}
            title={formatWindow(live)}
            data-drag="move"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          >
            <div
              className="timeline-overview__handle timeline-overview__handle--start"
              {...slider('start')}
              onKeyDown={onHandleKey}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
            />
            <div
              className="timeline-overview__handle timeline-overview__handle--end"
              {...slider('end')}
              onKeyDown={onHandleKey}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
