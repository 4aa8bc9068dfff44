'use client';

import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import { EVENT_LINK_LABELS, EVENT_STATUS_LABELS } from '@/lib/domain/labels';
import { hitTest, itemBox, type Hit } from '@/lib/timeline/hit';
import { cursorFor, cursorItem, initialCursor, moveCursor, type NavAction } from '@/lib/timeline/keyboard';
import { buildScene, METRICS, type TimelineScene } from '@/lib/timeline/layout';
import { describeMark, markTokens } from '@/lib/timeline/mark-style';
import { buildModel, type TimelineModel } from '@/lib/timeline/model';
import { renderTimeline, type FrameInfo } from '@/lib/timeline/render';
import { LIGHT_THEME, type TimelineTheme } from '@/lib/timeline/theme';
import {
  clampWindow,
  DAY_MS,
  fitWindow,
  formatWindow,
  MIN_SPAN_MS,
  panWindow,
  sameWindow,
  snapToDays,
  zoomWindow,
} from '@/lib/timeline/time';
import type { GroupBy, TimeWindow, TimelineData } from '@/lib/timeline/types';
import { msPerPx, timeAt, type Viewport } from '@/lib/timeline/viewport';
import { CanvasPainter } from './canvas-painter';
import { TimelineLegend } from './legend';
import { TimelineOverview } from './overview';
import { themeFromCss } from './theme-from-css';
import { ViewportStore } from './viewport-store';
import './timeline.css';

// The interactive timeline. Marks are painted on one canvas (device-pixel-ratio aware) by the
// shared renderer; the DOM holds only what people and assistive technology need: lane names,
// controls, one focus proxy for the active event, a live region and a status line. Zooming and
// panning run outside React at frame rate; the window is committed (snapped to days) when a
// gesture ends, through `onWindowChange`.

export interface TimelineHandle {
  /** Moves keyboard focus to the timeline (to the active or selected event). */
  focus(): void;
  /** The timeline as shown now (its live window, every lane, lane names in a gutter), as SVG. */
  toSvg(): Promise<{ svg: string; width: number; height: number }>;
  /** The same drawing as a PNG (at the screen's pixel ratio). */
  toPng(): Promise<Blob>;
}

export interface TimelineProps {
  data: TimelineData;
  group: GroupBy;
  /** The committed window; null fits the data. */
  window: TimeWindow | null;
  /** Called when a zoom or pan ends, with the window snapped to whole days; null after "Show all" (fit the data). */
  onWindowChange?: (window: TimeWindow | null) => void;
  selectedId: string | null;
  /** Click or Enter on an event (its id), Escape (null). */
  onSelect?: (id: string | null) => void;
  /** Accessible name of the timeline. */
  label?: string;
  /** Where the today line is drawn (ms); defaults to the current time; null for none. */
  now?: number | null;
  /** Show the overview strip with its brush (default true). */
  overview?: boolean;
  /** Show the toolbar (zoom buttons, window fields) (default true). */
  controls?: boolean;
  /** Tallest the lanes get before they scroll (px); default from CSS (about three quarters of the window). */
  maxHeight?: number;
  /** Called after every frame with what was drawn and how long it took (benchmarks, tests). */
  onFrame?: (frame: FrameInfo & { ms: number }) => void;
  ref?: Ref<TimelineHandle>;
}

interface Active {
  index: number;
  lane: number;
}

/** The active event by identity, so it survives new data (indices change, ids do not). */
interface ActiveKey {
  id: string;
  laneKey: string;
}

const ZOOM_STEP = 0.5;
/** Width of the lane-name gutter of exported images (px). */
const EXPORT_LANE_GUTTER = 160;

function describeEvent(scene: TimelineScene, model: TimelineModel, active: Active, folded: boolean): string {
  const item = model.items[active.index]!;
  const lane = scene.lanes[active.lane];
  const pos = lane ? lane.entries.indexOf(active.index) + 1 : 0;
  const links = (model.linksOf.get(active.index) ?? []).map((k) => {
    const link = model.links[k]!;
    const outgoing = link.from === active.index;
    const other = model.items[outgoing ? link.to : link.from]!;
    return `${EVENT_LINK_LABELS[link.type][outgoing ? 'outgoing' : 'incoming']}: ${other.title}`;
  });
  return [
    `${item.title}.`,
    `${EVENT_STATUS_LABELS[item.status]}, ${item.date.label}.`,
    lane ? `${lane.label} lane, ${pos} of ${lane.entries.length}.` : '',
    links.length ? `${links.join('; ')}.` : '',
    folded ? 'Shown as part of a count at this zoom; press + to zoom in.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function Timeline({
  data,
  group,
  window: committedProp,
  onWindowChange,
  selectedId,
  onSelect,
  label = 'Timeline',
  now: nowProp,
  overview = true,
  controls = true,
  onFrame,
  maxHeight,
  ref,
}: TimelineProps) {
  const uid = useId();
  useState(() => performance.mark('timeline:render-start'));
  const model = useMemo(() => timed('timeline:model', () => buildModel(data)), [data]);
  const scene = useMemo(() => timed('timeline:lanes', () => buildScene(model, group)), [model, group]);
  const fitted = useMemo(() => fitWindow(model.extent), [model]);
  const committed = committedProp ?? fitted;
  const [store] = useState(() => new ViewportStore(committed));
  // The theme as state, for the overview strip (the drawing reads themeRef): set with the extras.
  const [theme, setTheme] = useState<TimelineTheme>(LIGHT_THEME);
  const [now] = useState(() => (nowProp === undefined ? Date.now() : nowProp));
  const [cursorState, setCursorState] = useState<{ active: ActiveKey | null; selection: string | null }>({
    active: null,
    selection: null,
  });
  const [focused, setFocused] = useState(false);
  const [keyboardMode, setKeyboardMode] = useState(false);
  const [hover, setHover] = useState<{
    hit: Hit;
    x: number;
    y: number;
    count: number;
    /** Rightmost left edge of the tooltip (it stays inside the surface). */
    maxLeft: number;
  } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // What is not needed for the first frame (the overview strip and its histogram, the legend,
  // the month pickers of the window form) comes once that frame has been rendered.
  const [extrasReady, setExtrasReady] = useState(false);
  useEffect(
    () =>
      afterNextFrame(() => {
        setTheme(themeRef.current);
        setExtrasReady(true);
      }),
    [],
  );

  const surfaceRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const scrollYRef = useRef(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const proxyRef = useRef<HTMLDivElement>(null);
  const painterRef = useRef<{ painter: CanvasPainter; ctx: CanvasRenderingContext2D; dpr: number } | null>(
    null,
  );
  const frameRef = useRef(0);
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What the drawing reads: measured when mounted (before the first frame) and on resize, ahead
  // of the state that re-renders the DOM with them.
  const widthRef = useRef(0);
  const frameHeightRef = useRef(0);
  const themeRef = useRef<TimelineTheme>(LIGHT_THEME);

  const selectedIndex = selectedId ? (model.indexById.get(selectedId) ?? null) : null;

  // --- the committed window follows the URL (back/forward, filters), the live one follows it.
  useEffect(() => {
    store.set(committed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, committed.start, committed.end]);

  // --- the active event (keyboard cursor): where the user moved it, unless the selection changed
  // since (then the selection), and only while it is still on the timeline.
  const active = useMemo((): Active | null => {
    const resolve = (key: ActiveKey | null): Active | null => {
      if (!key) return null;
      const index = model.indexById.get(key.id);
      if (index === undefined) return null;
      const lane = scene.lanes.findIndex((l) => l.key === key.laneKey);
      if (lane >= 0 && scene.lanes[lane]!.entries.includes(index)) return { index, lane };
      const c = cursorFor(scene, index);
      return c ? { index, lane: c.lane } : null;
    };
    if (cursorState.selection === selectedId || selectedId === null) {
      const own = resolve(cursorState.active);
      if (own) return own;
    }
    return selectedId ? resolve({ id: selectedId, laneKey: '' }) : null;
  }, [cursorState, selectedId, model, scene]);
  const setActive = useCallback(
    (next: Active | null) =>
      setCursorState({
        active: next ? { id: model.items[next.index]!.id, laneKey: scene.lanes[next.lane]?.key ?? '' } : null,
        selection: selectedId,
      }),
    [model, scene, selectedId],
  );

  const viewOf = useCallback(
    (w: TimeWindow): Viewport => ({ window: w, width: Math.max(1, widthRef.current), plotLeft: 0 }),
    [],
  );

  // --- drawing: the canvas covers the visible part of the lanes only (it sticks to the top of
  // the scrolling frame), so a frame costs the same however many lanes there are. Its size is
  // set here, not rendered: measuring and resizing never re-render React.
  const lastDrawn = useRef<unknown[] | null>(null);
  const draw = () => {
    const canvas = canvasRef.current;
    const width = widthRef.current;
    if (!canvas || width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const height = visibleHeightOf(scene.height, frameHeightRef.current);
    const theme = themeRef.current;
    const w = store.get();
    // Nothing to do when nothing that shows changed (a re-render for state the drawing ignores,
    // or the frame after the synchronous first drawing).
    const inputs = [
      w.start,
      w.end,
      width,
      height,
      dpr,
      scrollYRef.current,
      scene,
      selectedIndex,
      active,
      focused,
      keyboardMode,
      hover?.hit,
      theme,
      painterRef.current,
    ];
    const previous = lastDrawn.current;
    if (previous && previous.length === inputs.length && previous.every((v, k) => Object.is(v, inputs[k])))
      return;
    const pw = Math.round(width * dpr);
    const ph = Math.round(height * dpr);
    if (canvas.width !== pw || canvas.height !== ph) {
      canvas.width = pw;
      canvas.height = ph;
    }
    let holder = painterRef.current;
    if (!holder || holder.dpr !== dpr) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      holder = { painter: new CanvasPainter(ctx, dpr), ctx, dpr };
      painterRef.current = holder;
    }
    lastDrawn.current = [...inputs.slice(0, -1), holder];
    const view = { ...viewOf(w), scrollY: scrollYRef.current, height };
    const t0 = performance.now();
    const info = renderTimeline(
      holder.painter,
      scene,
      view,
      { selected: selectedIndex, active, focused: focused && keyboardMode, hover: hover?.hit ?? null, now },
      { theme },
    );
    const proxy = proxyRef.current;
    if (proxy) {
      const box = info.activeBox;
      if (box && box.x + box.w > -20 && box.x < width + 20) {
        proxy.style.display = 'block';
        proxy.style.transform = `translate(${Math.round(box.x - 6)}px, ${Math.round(box.y - 6)}px)`;
        proxy.style.width = `${Math.round(box.w + 12)}px`;
        proxy.style.height = `${Math.round(box.h + 12)}px`;
      } else {
        proxy.style.display = 'none';
      }
    }
    // After the drawing: a style change before it would make the canvas's first font
    // assignment recompute its style.
    if (canvas.style.height !== `${height}px`) canvas.style.height = `${height}px`;
    canvas.dataset.frameMarks = String(info.marks);
    canvas.dataset.frameClusters = String(info.clusters);
    onFrame?.({ ...info, ms: performance.now() - t0 });
  };
  const drawRef = useRef(draw);
  const requestDraw = useCallback(() => {
    if (frameRef.current) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = 0;
      drawRef.current();
    });
  }, []);
  useEffect(() => store.subscribe(requestDraw), [store, requestDraw]);
  // The first drawing happens in the commit that mounts the canvas (below, once measured), before
  // the browser paints: the first frame on screen is complete. Later changes draw on the next
  // animation frame.
  useLayoutEffect(() => {
    drawRef.current = draw;
  });
  useEffect(() => {
    requestDraw();
  });

  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // --- size, theme, fonts. Measured synchronously when mounted (no resize-observer round trip
  // before the first frame), then observed; sizes live in refs (the drawing reads them), so
  // neither the first observation nor a resize re-renders React.
  const fontsLoadingAtFirstDraw = useRef(false);
  useLayoutEffect(() => {
    const el = surfaceRef.current;
    const scroller = scrollerRef.current;
    if (!el || !scroller) return;
    timed('timeline:measure', () => {
      widthRef.current = Math.floor(el.clientWidth);
      frameHeightRef.current = Math.floor(scroller.clientHeight);
      themeRef.current = themeFromCss(document.documentElement);
    });
    fontsLoadingAtFirstDraw.current = document.fonts?.status === 'loading';
    timed('timeline:first-draw', () => drawRef.current());
  }, []);
  useEffect(() => {
    const el = surfaceRef.current;
    const scroller = scrollerRef.current;
    if (!el || !scroller) return;
    const observer = new ResizeObserver(() => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(scroller.clientHeight);
      if (width === widthRef.current && height === frameHeightRef.current) return;
      widthRef.current = width;
      frameHeightRef.current = height;
      requestDraw();
    });
    observer.observe(el);
    observer.observe(scroller);
    const onScroll = () => {
      scrollYRef.current = scroller.scrollTop;
      requestDraw();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [requestDraw]);
  useEffect(() => {
    const read = () => {
      themeRef.current = themeFromCss(document.documentElement);
      setTheme(themeRef.current);
      requestDraw();
    };
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', read);
    // Web fonts that finish loading after a drawing change text widths: measure and draw again.
    // Only then: fonts loaded before the first drawing (the usual case) cost no second drawing,
    // nor do fonts of other families (the page's other text).
    let cancelled = false;
    const fonts = document.fonts;
    const remeasure = () => {
      if (cancelled) return;
      painterRef.current?.painter.resetMeasures();
      lastDrawn.current = null;
      requestDraw();
    };
    const onLoaded = (e: Event) => {
      const faces = (e as FontFaceSetLoadEvent).fontfaces ?? [];
      const family = themeRef.current.fontFamily;
      if (
        faces.length === 0 ||
        faces.some((face) => family.includes(face.family.replace(/^["']|["']$/g, '')))
      )
        remeasure();
    };
    if (fontsLoadingAtFirstDraw.current || fonts?.status === 'loading') void fonts?.ready.then(remeasure);
    fonts?.addEventListener('loadingdone', onLoaded);
    return () => {
      cancelled = true;
      media.removeEventListener('change', read);
      fonts?.removeEventListener('loadingdone', onLoaded);
    };
  }, [requestDraw]);

  // --- committing the window
  const onWindowChangeRef = useRef(onWindowChange);
  const committedRef = useRef(committed);
  useEffect(() => {
    onWindowChangeRef.current = onWindowChange;
    committedRef.current = committed;
  });
  const commitSoon = useCallback(
    (delay = 250) => {
      clearTimeout(commitTimer.current);
      commitTimer.current = setTimeout(() => {
        const snapped = snapToDays(store.get());
        store.set(snapped);
        if (!sameWindow(snapped, committedRef.current)) onWindowChangeRef.current?.(snapped);
      }, delay);
    },
    [store],
  );
  useEffect(() => () => clearTimeout(commitTimer.current), []);

  const setWindow = useCallback(
    (w: TimeWindow, delay = 250) => {
      store.set(clampWindow(w));
      commitSoon(delay);
    },
    [store, commitSoon],
  );

  // --- wheel: zoom around the cursor; horizontal or shift+wheel pans.
  useEffect(() => {
    const el = surfaceRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? rect.width : 1;
      let dx = e.deltaX * unit;
      let dy = e.deltaY * unit;
      if (e.shiftKey && dx === 0) {
        dx = dy;
        dy = 0;
      }
      const w = store.get();
      const view = viewOf(w);
      if (Math.abs(dx) > Math.abs(dy)) store.set(panWindow(w, dx * msPerPx(view)));
      else
        store.set(
          zoomWindow(w, Math.exp(dy * (e.ctrlKey ? 0.01 : 0.0015)), timeAt(view, e.clientX - rect.left)),
        );
      commitSoon();
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [store, viewOf, commitSoon]);

  // --- pointer: drag pans, two pointers pinch-zoom, a tap selects or opens a count.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<
    | { kind: 'drag'; x: number; y: number; window: TimeWindow; moved: boolean }
    | { kind: 'pinch'; distance: number; anchor: number; window: TimeWindow }
    | null
  >(null);

  const localPoint = (e: PointerEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const hitAt = (x: number, y: number): Hit | null => {
    if (y - scrollYRef.current < METRICS.axisHeight) return null;
    const view = viewOf(store.get());
    return hitTest(scene, scene.layoutAt(msPerPx(view)), view, x, y);
  };

  const announce = useCallback((text: string) => {
    // A trailing no-break space toggles so that repeating the same words is announced again.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);

  const selectIndex = (index: number, lane: number) => {
    setActive({ index, lane });
    onSelect?.(model.items[index]!.id);
  };

  const zoomToCluster = (lane: number, c: number) => {
    const view = viewOf(store.get());
    const cluster = scene.layoutAt(msPerPx(view)).lanes[lane]?.clusters[c];
    if (!cluster) return;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const i of cluster.members) {
      start = Math.min(start, model.start[i]!);
      end = Math.max(end, model.end[i]!);
    }
    const pad = Math.max((end - start) * 0.15, 2 * DAY_MS);
    setWindow({ start: start - pad, end: end + pad }, 0);
    announce(`Zoomed in to ${cluster.members.length} events in ${scene.lanes[lane]!.label}.`);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    setKeyboardMode(false);
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = localPoint(e);
    pointers.current.set(e.pointerId, p);
    if (pointers.current.size === 1) {
      gesture.current = { kind: 'drag', x: p.x, y: p.y, window: store.get(), moved: false };
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const w = store.get();
      gesture.current = {
        kind: 'pinch',
        distance: Math.max(10, Math.hypot(a.x - b.x, a.y - b.y)),
        anchor: timeAt(viewOf(w), (a.x + b.x) / 2),
        window: w,
      };
    }
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const p = localPoint(e);
    if (!pointers.current.has(e.pointerId)) {
      if (e.pointerType !== 'mouse') return;
      const hit = hitAt(p.x, p.y);
      setHover((current) => {
        if (!hit) return current ? null : current;
        const same =
          current &&
          current.hit.kind === hit.kind &&
          current.hit.lane === hit.lane &&
          (hit.kind === 'item'
            ? current.hit.kind === 'item' && current.hit.index === hit.index
            : current.hit.kind === 'cluster' && current.hit.cluster === hit.cluster);
        if (same) return current;
        const maxLeft = Math.max(0, widthRef.current - 260);
        const count =
          hit.kind === 'cluster'
            ? (scene.layoutAt(msPerPx(viewOf(store.get()))).lanes[hit.lane]?.clusters[hit.cluster]?.members
                .length ?? 0)
            : 1;
        return { hit, x: p.x, y: p.y, count, maxLeft };
      });
      return;
    }
    pointers.current.set(e.pointerId, p);
    const g = gesture.current;
    if (!g) return;
    if (g.kind === 'drag') {
      const dx = p.x - g.x;
      if (!g.moved && Math.hypot(dx, p.y - g.y) < 4) return;
      g.moved = true;
      setHover(null);
      store.set(panWindow(g.window, -dx * msPerPx(viewOf(g.window))));
    } else {
      const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const distance = Math.max(10, Math.hypot(a.x - b.x, a.y - b.y));
      const span = Math.max(MIN_SPAN_MS, ((g.window.end - g.window.start) * g.distance) / distance);
      const mid = (a.x + b.x) / 2;
      const start = g.anchor - (mid / Math.max(1, widthRef.current)) * span;
      store.set(clampWindow({ start, end: start + span }));
    }
  };

  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    const p = localPoint(e);
    pointers.current.delete(e.pointerId);
    if (pointers.current.size === 1 && g?.kind === 'pinch') {
      const [rest] = [...pointers.current.values()] as [{ x: number; y: number }];
      gesture.current = { kind: 'drag', x: rest.x, y: rest.y, window: store.get(), moved: true };
      return;
    }
    if (pointers.current.size > 0) return;
    gesture.current = null;
    if (!g) return;
    if (g.kind === 'drag' && !g.moved && e.type === 'pointerup') {
      const hit = hitAt(p.x, p.y);
      if (hit?.kind === 'item') selectIndex(hit.index, hit.lane);
      else if (hit?.kind === 'cluster') zoomToCluster(hit.lane, hit.cluster);
      return;
    }
    commitSoon(0);
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const w = store.get();
    if (hitAt(e.clientX - rect.left, e.clientY - rect.top)) return;
    setWindow(zoomWindow(w, ZOOM_STEP, timeAt(viewOf(w), e.clientX - rect.left)), 0);
  };

  // --- keyboard
  const ensureVisible = (index: number) => {
    const w = store.get();
    const s = model.start[index]!;
    const en = model.end[index]!;
    const span = w.end - w.start;
    const margin = span * 0.04;
    if (s >= w.start + margin && en <= w.end - margin) return;
    if (en - s >= span * 0.9) setWindow({ start: s - margin, end: s - margin + span });
    else setWindow({ start: (s + en) / 2 - span / 2, end: (s + en) / 2 + span / 2 });
  };

  const activate = (next: Active | null) => {
    if (!next) return;
    setActive(next);
    ensureVisible(next.index);
    const view = viewOf(store.get());
    const box = itemBox(scene, scene.layoutAt(msPerPx(view)), view, next.lane, next.index);
    const scroller = scrollerRef.current;
    if (box && scroller) {
      const top = scroller.scrollTop;
      if (box.y - 8 < top + METRICS.axisHeight)
        scroller.scrollTop = Math.max(0, box.y - METRICS.axisHeight - 16);
      else if (box.y + box.h + 8 > top + scroller.clientHeight)
        scroller.scrollTop = box.y + box.h + 16 - scroller.clientHeight;
    }
    announce(describeEvent(scene, model, next, box?.folded ?? false));
  };

  const move = (action: NavAction) => {
    const cursor = active ? cursorFor(scene, active.index, active.lane) : null;
    const next = moveCursor(scene, cursor, action, store.get());
    const index = cursorItem(scene, next);
    if (next && index !== null) activate({ index, lane: next.lane });
  };

  const zoomBy = (factor: number) => {
    const w = store.get();
    const anchor =
      active && model.start[active.index]! < w.end && model.end[active.index]! > w.start
        ? (Math.max(model.start[active.index]!, w.start) + Math.min(model.end[active.index]!, w.end)) / 2
        : (w.start + w.end) / 2;
    setWindow(zoomWindow(w, factor, anchor), 150);
  };

  const reset = () => {
    clearTimeout(commitTimer.current);
    store.set(fitted);
    onWindowChangeRef.current?.(null);
    announce(`Showing all events: ${formatWindow(fitted)}.`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.metaKey || (e.ctrlKey && !['Home', 'End'].includes(e.key))) return;
    setKeyboardMode(true);
    const w = store.get();
    const span = w.end - w.start;
    switch (e.key) {
      case 'ArrowRight':
        if (e.shiftKey) setWindow(panWindow(w, span * 0.1));
        else move('next');
        break;
      case 'ArrowLeft':
        if (e.shiftKey) setWindow(panWindow(w, -span * 0.1));
        else move('prev');
        break;
      case 'ArrowUp':
        move('up');
        break;
      case 'ArrowDown':
        move('down');
        break;
      case 'Home':
        move('first');
        break;
      case 'End':
        move('last');
        break;
      case 'PageUp':
        setWindow(panWindow(w, -span * 0.8));
        break;
      case 'PageDown':
        setWindow(panWindow(w, span * 0.8));
        break;
      case '+':
      case '=':
        zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        reset();
        break;
      case 'Enter':
      case ' ':
        if (active) {
          onSelect?.(model.items[active.index]!.id);
          announce(
            `Details open: ${model.items[active.index]!.title}. Press Tab to read them, Escape to close.`,
          );
        } else move('next');
        break;
      case 'Escape':
        if (selectedId) {
          onSelect?.(null);
          announce('Details closed.');
        } else return;
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onFocus = () => {
    setFocused(true);
    if (!active) {
      const c = initialCursor(scene, store.get());
      const index = cursorItem(scene, c);
      if (c && index !== null) setActive({ index, lane: c.lane });
    }
  };

  // --- export: the same renderer on an SVG document or an offscreen canvas, at the live window.
  const exportRef = useRef({ data, group, selectedId, now });
  useEffect(() => {
    exportRef.current = { data, group, selectedId, now };
  });
  useImperativeHandle(ref, () => {
    const options = () => {
      const e = exportRef.current;
      const laneLabelWidth = EXPORT_LANE_GUTTER;
      return {
        data: e.data,
        group: e.group,
        window: store.get(),
        width: Math.max(320, widthRef.current) + laneLabelWidth,
        laneLabelWidth,
        selectedId: e.selectedId,
        theme: themeRef.current,
        now: e.now,
      };
    };
    return {
      focus: () => surfaceRef.current?.focus({ preventScroll: false }),
      // The static renderer loads on the first export: the first view does not need it.
      toSvg: async () => {
        const { renderTimelineSvg } = await import('@/lib/timeline/static');
        const measurer = document.createElement('canvas').getContext('2d');
        const measure = measurer
          ? (text: string, font: string) => {
              measurer.font = font;
              return measurer.measureText(text).width;
            }
          : undefined;
        return renderTimelineSvg({ ...options(), measure });
      },
      toPng: async () => {
        const { paintStaticTimeline } = await import('@/lib/timeline/static');
        const o = options();
        const height = buildScene(buildModel(o.data), o.group).height;
        const dpr = Math.min(2, window.devicePixelRatio || 1);
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(o.width * dpr);
        canvas.height = Math.round(height * dpr);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('This browser cannot draw the image.');
        paintStaticTimeline(new CanvasPainter(ctx, dpr), { ...o, height });
        return new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
            'image/png',
          ),
        );
      },
    };
  }, [store]);

  // --- DOM
  const overviewExtent = useMemo(
    () => unionWindow(fitWindow(model.extent, 0.02), { start: committed.start, end: committed.end }),
    [model, committed.start, committed.end],
  );
  const activeItem = active ? model.items[active.index] : undefined;
  const windowText = formatWindow(committed);
  const helpId = `${uid}-help`;
  const statusId = `${uid}-status`;
  const proxyId = `${uid}-active`;
  const hoverItem = hover?.hit.kind === 'item' ? model.items[hover.hit.index] : undefined;
  const hoverCount = hover?.hit.kind === 'cluster' ? hover.count : undefined;

  return (
    <div className="timeline" data-group={group}>
      {controls ? (
        <TimelineToolbar
          windowText={windowText}
          onZoomIn={() => zoomBy(ZOOM_STEP)}
          onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
          onReset={reset}
          onWindow={(w) => setWindow(w, 0)}
          committed={committed}
          pickers={extrasReady}
        />
      ) : null}
      <p id={statusId} role="status" className="visually-hidden" data-testid="timeline-status">
        {`Showing ${windowText}`}
      </p>
      <div ref={scrollerRef} className="timeline__frame" style={maxHeight ? { maxHeight } : undefined}>
        <div className="timeline__lanes-column" style={{ height: scene.height }}>
          <div className="timeline__corner" style={{ height: METRICS.axisHeight }} aria-hidden="true" />
          <ul className="timeline__lanes" aria-label="Lanes">
            {scene.lanes.map((lane, k) => (
              <li
                key={lane.key}
                className="timeline__lane-label"
                style={{ top: scene.laneTop[k], height: scene.laneHeight[k] }}
                data-lane={lane.key}
              >
                <span className="timeline__lane-name">{lane.label}</span>
                <span className="timeline__lane-count">
                  {lane.entries.length} {lane.entries.length === 1 ? 'event' : 'events'}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div
          ref={surfaceRef}
          className="timeline__surface"
          role="application"
          aria-roledescription="timeline"
          aria-label={`${label}: ${model.items.length} events in ${scene.lanes.length} lanes, ${windowText}`}
          aria-describedby={helpId}
          aria-activedescendant={activeItem ? proxyId : undefined}
          tabIndex={0}
          style={{ height: scene.height }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={() => setFocused(false)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onPointerLeave={() => setHover(null)}
          onDoubleClick={onDoubleClick}
          data-hover={hover ? 'true' : undefined}
        >
          <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
          {activeItem ? (
            <div
              ref={proxyRef}
              id={proxyId}
              className="timeline__focus-proxy"
              role="img"
              aria-roledescription="event"
              aria-label={`${activeItem.title}, ${EVENT_STATUS_LABELS[activeItem.status]}, ${activeItem.date.label}`}
              aria-describedby={`${proxyId}-mark`}
              data-event-id={activeItem.id}
              data-mark={markTokens(activeItem)}
              data-lane={scene.lanes[active!.lane]?.key}
            />
          ) : null}
          {activeItem ? (
            <span id={`${proxyId}-mark`} className="visually-hidden">
              Drawn as {describeMark(activeItem)}
            </span>
          ) : null}
          {hover && (hoverItem || hoverCount) ? (
            <div
              className="timeline__tooltip"
              aria-hidden="true"
              style={{ left: Math.min(hover.x + 12, hover.maxLeft), top: hover.y + 16 }}
            >
              {hoverItem ? (
                <>
                  <strong>{hoverItem.title}</strong>
                  <span>
                    {EVENT_STATUS_LABELS[hoverItem.status]} · {hoverItem.date.label}
                  </span>
                </>
              ) : (
                <span>{hoverCount} events here: click to zoom in</span>
              )}
            </div>
          ) : null}
        </div>
      </div>
      {model.items.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No events match these filters.</p>
        </div>
      ) : null}
      {overview && model.items.length > 0 && !extrasReady ? (
        // The overview strip comes after the first frame; its box holds its place meanwhile.
        <div className="timeline-overview" aria-hidden="true">
          <div className="timeline-overview__frame" style={{ height: OVERVIEW_BOX_HEIGHT }} />
        </div>
      ) : null}
      {overview && model.items.length > 0 && extrasReady ? (
        <TimelineOverview
          model={model}
          store={store}
          extent={overviewExtent}
          theme={theme}
          now={now}
          onChange={(w, commit) => {
            store.set(w);
            if (commit) commitSoon(0);
          }}
        />
      ) : null}
      <p id={helpId} className="visually-hidden">
        Arrow keys move between events, Enter opens an event’s details, Escape closes them, plus and minus
        zoom, 0 shows everything.
      </p>
      <div className="timeline__help">
        {extrasReady ? <TimelineLegend /> : null}
        <details className="timeline__keys">
          <summary>Keyboard and mouse</summary>
          {/* Closed at first (nothing of it shows): its list comes with the extras. */}
          {extrasReady ? <KeysHelp /> : null}
        </details>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

/** The keyboard and mouse help (in a closed disclosure under the timeline). */
function KeysHelp() {
  return (
    <ul>
      <li>
        <kbd>←</kbd> <kbd>→</kbd> previous or next event in time, <kbd>↑</kbd> <kbd>↓</kbd> the lane above or
        below, <kbd>Home</kbd> <kbd>End</kbd> first or last event.
      </li>
      <li>
        <kbd>Enter</kbd> opens the details, <kbd>Escape</kbd> closes them.
      </li>
      <li>
        <kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>0</kbd> shows everything, <kbd>Shift</kbd>+<kbd>←</kbd>{' '}
        <kbd>→</kbd> and <kbd>Page Up</kbd> <kbd>Page Down</kbd> move in time.
      </li>
      <li>
        With a mouse: wheel to zoom (<kbd>Shift</kbd>+wheel moves in time), drag to move, click an event for
        its details, click a count to zoom into it. Many lanes scroll: use the scroll bar, or the wheel over
        the lane names.
      </li>
    </ul>
  );
}

/** Height of the overview strip's frame: its canvas and borders (overview.tsx). */
const OVERVIEW_BOX_HEIGHT = 46;

/** Calls `done` in a task after the next frame has been rendered; returns a canceller. */
function afterNextFrame(done: () => void): () => void {
  let cancelled = false;
  const id = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) done();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(id);
  };
}

/** Runs `work` as a User Timing measure (seen in performance traces and by the benchmark). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const value = work();
  performance.measure(name, { start, end: performance.now() });
  return value;
}

/** Height of the canvas: the lanes' height, at most the scrolling frame's (0 = not measured yet). */
function visibleHeightOf(sceneHeight: number, frameHeight: number): number {
  return Math.max(METRICS.axisHeight, Math.min(sceneHeight, frameHeight || sceneHeight));
}

function unionWindow(a: TimeWindow, b: TimeWindow): TimeWindow {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function monthValue(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

interface ToolbarProps {
  windowText: string;
  committed: TimeWindow;
  /**
   * Month pickers (`type="month"`) rather than text fields reading YYYY-MM (what browsers
   * without month pickers show anyway). The first frame has text fields: a browser's first
   * month picker costs milliseconds (locale data, its inner fields and icon); the pickers
   * replace them once the timeline is on screen.
   */
  pickers: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
  onWindow(w: TimeWindow): void;
}

/** Zoom buttons and a window form (month fields): precise, keyboard-friendly zooming. */
function TimelineToolbar({
  windowText,
  committed,
  pickers,
  onZoomIn,
  onZoomOut,
  onReset,
  onWindow,
}: ToolbarProps) {
  const uid = useId();
  const [from, setFrom] = useState(() => monthValue(committed.start));
  const [to, setTo] = useState(() => monthValue(committed.end - 1));
  const [error, setError] = useState('');
  // The fields follow the window when it changes elsewhere (zoom, pan, history), without
  // remounting the form (focus stays on "Show window").
  const [shown, setShown] = useState({ start: committed.start, end: committed.end });
  if (shown.start !== committed.start || shown.end !== committed.end) {
    setShown({ start: committed.start, end: committed.end });
    setFrom(monthValue(committed.start));
    setTo(monthValue(committed.end - 1));
    setError('');
  }
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const m = /^(\d{4})-(\d{2})$/;
    const a = m.exec(from);
    const b = m.exec(to);
    if (!a || !b) {
      setError('Enter both months as YYYY-MM.');
      return;
    }
    const start = Date.UTC(Number(a[1]), Number(a[2]) - 1, 1);
    const end = Date.UTC(Number(b[1]), Number(b[2]), 1);
    if (end <= start) {
      setError('The first month must not be after the last.');
      return;
    }
    setError('');
    onWindow({ start, end });
  };
  return (
    <div className="timeline__toolbar">
      <div className="timeline__zoom" role="group" aria-label="Zoom">
        <button type="button" className="timeline__tool" onClick={onZoomIn} aria-label="Zoom in">
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="timeline__tool" onClick={onZoomOut} aria-label="Zoom out">
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="timeline__tool timeline__tool--text" onClick={onReset}>
          Show all
        </button>
      </div>
      <p className="timeline__window" aria-hidden="true">
        {windowText}
      </p>
      <form className="timeline__window-form" onSubmit={apply} aria-label="Window" noValidate>
        <label htmlFor={`${uid}-from`}>From</label>
        <input
          id={`${uid}-from`}
          className="input timeline__month"
          type={pickers ? 'month' : 'text'}
          inputMode={pickers ? undefined : 'numeric'}
          placeholder="YYYY-MM"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-describedby={error ? `${uid}-error` : undefined}
        />
        <label htmlFor={`${uid}-to`}>to</label>
        <input
          id={`${uid}-to`}
          className="input timeline__month"
          type={pickers ? 'month' : 'text'}
          inputMode={pickers ? undefined : 'numeric'}
          placeholder="YYYY-MM"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-describedby={error ? `${uid}-error` : undefined}
        />
        <button type="submit" className="button button--secondary timeline__apply">
          Show window
        </button>
        {error ? (
          <p id={`${uid}-error`} className="timeline__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
