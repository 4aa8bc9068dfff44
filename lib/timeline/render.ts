import type { EventStatus } from '@/lib/domain/vocabulary';
import { EVENT_LINK_TYPES as LINK_TYPES, EVENT_STATUSES } from '@/lib/domain/vocabulary';
import { clusterBox, itemBox, type Box, type Hit } from './hit';
import {
  METRICS,
  lowerBound,
  rowTop,
  visualEnd,
  visualStart,
  type SceneLayout,
  type TimelineScene,
} from './layout';
import { DASH_BY_OUTLINE, OUTLINE_BY_STATUS } from './mark-style';
import type { Painter } from './painter';
import { mixColors, type TimelineTheme } from './theme';
import { axisTicks } from './ticks';
import { msPerPx, plotWidth, xOf, type Viewport } from './viewport';

// The renderer: one pass over what is visible (binary search per row, then a walk to the right
// edge), marks batched by status so a frame is a handful of paths whatever the count. It knows
// nothing of the DOM: the same code paints the browser canvas, PNG/SVG exports and previews.

export interface RenderState {
  /** Item index of the selected event (detail panel open), or null. */
  selected: number | null;
  /** Keyboard cursor: item index and the lane it is in. */
  active: { index: number; lane: number } | null;
  /** Draw the keyboard focus ring (the surface has focus). */
  focused: boolean;
  hover: Hit | null;
  /** "Today" line position (ms), or null for none. */
  now: number | null;
}

export interface RenderOptions {
  theme: TimelineTheme;
  /** Draw lane names in the left gutter (exports); the browser shows them in the DOM. */
  laneLabels?: boolean;
}

export interface FrameInfo {
  level: number;
  marks: number;
  labels: number;
  clusters: number;
  links: number;
  activeBox: (Box & { folded: boolean }) | null;
  selectedBox: (Box & { folded: boolean }) | null;
}

export const EMPTY_STATE: RenderState = {
  selected: null,
  active: null,
  focused: false,
  hover: null,
  now: null,
};

export function fontOf(theme: TimelineTheme, size: number, weight = 450): string {
  return `${weight} ${size}px ${theme.fontFamily}`;
}

const ELLIPSIS = '…';

/** The longest prefix of `text` (with an ellipsis) that fits in `width`, or '' if none does. */
export function fitText(p: Painter, text: string, font: string, width: number): string {
  if (p.measure(text, font) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (p.measure(text.slice(0, mid).trimEnd() + ELLIPSIS, font) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 3 ? text.slice(0, lo).trimEnd() + ELLIPSIS : '';
}

interface Mark {
  index: number;
  x0: number;
  x1: number;
  y: number;
}

/** Greedy label placement along one row: under each mark, never over the previous label or the next mark. */
export function placeRowLabels(
  marks: { x0: number; x1: number }[],
  widthOf: (k: number, available: number) => number,
  left: number,
  right: number,
  minWidth = 28,
): { k: number; x: number; width: number }[] {
  const placed: { k: number; x: number; width: number }[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const x = Math.max(m.x0, left + 2);
    if (x < previousEnd + 8 || x > right) continue;
    const next = marks[k + 1];
    const limit = Math.min(right, next ? next.x0 - 10 : right);
    const available = limit - x;
    if (available < minWidth) continue;
    const width = widthOf(k, available);
    if (width <= 0) continue;
    placed.push({ k, x, width });
    previousEnd = x + width;
  }
  return placed;
}

const fillsByTheme = new WeakMap<TimelineTheme, Record<EventStatus, string>>();

/**
 * Marks are filled with their background tinted toward their line colour, so a pale status
 * still reads against the lane stripes (per theme, computed once).
 */
function markFills(theme: TimelineTheme): Record<EventStatus, string> {
  let fills = fillsByTheme.get(theme);
  if (!fills) {
    fills = Object.fromEntries(
      EVENT_STATUSES.map((s) => [s, mixColors(theme.status[s].bg, theme.status[s].line, 0.3)]),
    ) as Record<EventStatus, string>;
    fillsByTheme.set(theme, fills);
  }
  return fills;
}

export function renderTimeline(
  p: Painter,
  scene: TimelineScene,
  view: Viewport,
  state: RenderState,
  options: RenderOptions,
): FrameInfo {
  const { theme } = options;
  const { model } = scene;
  const width = view.width;
  const height = view.height ?? scene.height;
  const scrollY = view.scrollY ?? 0;
  const axisH = METRICS.axisHeight;
  const left = view.plotLeft;
  const right = left + plotWidth(view);
  const mpp = msPerPx(view);
  const t0 = view.window.start;
  const t1 = view.window.end;
  const layout: SceneLayout = scene.layoutAt(mpp);
  const info: FrameInfo = {
    level: layout.level,
    marks: 0,
    labels: 0,
    clusters: 0,
    links: 0,
    activeBox: null,
    selectedBox: null,
  };
  // Lanes in view (content coordinates: y + scrollY). Below, lane content is drawn translated.
  const visibleTop = scrollY + axisH;
  const visibleBottom = scrollY + height;
  const lanesInView: number[] = [];
  scene.lanes.forEach((_, k) => {
    const top = scene.laneTop[k]!;
    if (top + scene.laneHeight[k]! > visibleTop && top < visibleBottom) lanesInView.push(k);
  });
  const inView = (lane: number) => {
    const top = scene.laneTop[lane]!;
    return top + scene.laneHeight[lane]! > visibleTop - 40 && top < visibleBottom + 40;
  };

  p.begin(width, height, theme.background);

  // Lane bands and rules.
  p.clip(0, axisH, width, height - axisH);
  p.translate(0, -scrollY);
  p.shapes({ fill: theme.laneStripe }, (path) => {
    for (const k of lanesInView)
      if (k % 2 === 1) path.rect(0, scene.laneTop[k]!, width, scene.laneHeight[k]!);
  });
  p.shapes({ stroke: theme.laneRule, lineWidth: 1 }, (path) => {
    for (const k of lanesInView) {
      const y = Math.round(scene.laneTop[k]! + scene.laneHeight[k]!) - 0.5;
      path.line(0, y, width, y);
    }
  });
  p.unclip();

  // Grid lines and period boundaries, under the marks.
  const ticks = axisTicks(view.window, plotWidth(view));
  p.shapes({ stroke: theme.grid, lineWidth: 1 }, (path) => {
    for (const tick of ticks.ticks) {
      const x = Math.round(xOf(view, tick.t)) + 0.5;
      if (x >= left && x <= right) path.line(x, axisH, x, height);
    }
  });
  p.shapes({ stroke: theme.gridStrong, lineWidth: 1 }, (path) => {
    for (const c of ticks.context) {
      const x = Math.round(xOf(view, c.t)) + 0.5;
      if (x >= left && x <= right) path.line(x, axisH, x, height);
    }
  });

  if (state.now !== null && state.now >= t0 && state.now <= t1) {
    const x = Math.round(xOf(view, state.now)) + 0.5;
    p.shapes({ stroke: theme.today, lineWidth: 2 }, (path) => path.line(x, axisH, x, height));
  }

  // Everything in lanes is clipped to the plot and drawn in content coordinates.
  p.clip(left, axisH, right - left, height - axisH);
  p.translate(0, -scrollY);

  // Links between events: a bracket from one mark's start to the other's, arrow at the target.
  // Only between marks on show (not folded into counts), unless an end is selected or active:
  // at a glance, the plan and its outcome; in dense views, no web of lines.
  const selected = state.selected;
  const activeIndex = state.active?.index ?? null;
  const linkGeometry: {
    k: number;
    ax: number;
    ay: number;
    bx: number;
    by: number;
    bend: number;
    lift: number;
  }[] = [];
  model.links.forEach((link, k) => {
    const la = scene.laneOf[link.from]!;
    const lb = scene.laneOf[link.to]!;
    if (la < 0 || lb < 0 || (!inView(la) && !inView(lb))) return;
    // Cheap rejection in time before any geometry.
    const lo = Math.min(model.start[link.from]!, model.start[link.to]!);
    const hi = Math.max(model.start[link.from]!, model.start[link.to]!);
    if (hi < t0 - 40 * mpp || lo > t1 + 40 * mpp) return;
    const a = itemBox(scene, layout, view, la, link.from);
    const b = itemBox(scene, layout, view, lb, link.to);
    if (!a || !b) return;
    const emphasised =
      link.from === selected || link.to === selected || link.from === activeIndex || link.to === activeIndex;
    if ((a.folded || b.folded) && !emphasised) return;
    const ay = a.y + a.h / 2;
    const by = b.y + b.h / 2;
    const dy = Math.abs(ay - by);
    linkGeometry.push({
      k,
      ax: a.x,
      ay,
      bx: b.x,
      by,
      bend: 14 + Math.min(dy, 400) * 0.2,
      lift: dy < 2 ? 16 : 0,
    });
  });
  const drawLinks = (subset: typeof linkGeometry, lineWidth: number) => {
    for (const type of LINK_TYPES) {
      const ofType = subset.filter((g) => model.links[g.k]!.type === type);
      if (ofType.length === 0) continue;
      const color = theme.link[type];
      p.shapes({ stroke: color, lineWidth }, (path) => {
        for (const g of ofType)
          path.bezier(g.ax, g.ay, g.ax - g.bend, g.ay - g.lift, g.bx - g.bend, g.by - g.lift, g.bx - 1, g.by);
      });
      p.shapes({ fill: color }, (path) => {
        for (const g of ofType) path.triangle(g.bx - 1, g.by, g.bx - 8, g.by - 4, g.bx - 8, g.by + 4);
      });
    }
  };
  drawLinks(linkGeometry, 1.5);
  if (selected !== null) {
    drawLinks(
      linkGeometry.filter((g) => model.links[g.k]!.from === selected || model.links[g.k]!.to === selected),
      2.5,
    );
  }
  info.links = linkGeometry.length;

  // Marks, bucketed by status.
  const bars = new Map<EventStatus, number[]>();
  const points = new Map<EventStatus, number[]>();
  const soft: Mark[] = [];
  const strikes: number[] = [];
  const crosses: number[] = [];
  const rowsForLabels: Mark[][] = [];
  const pointR = METRICS.pointRadius;
  for (const lane of lanesInView) {
    const laneLayout = layout.lanes[lane]!;
    for (let r = 0; r < laneLayout.rowItems.length; r++) {
      const items = laneLayout.rowItems[r]!;
      const ends = laneLayout.rowEnds[r]!;
      const y = rowTop(scene, lane, r) + METRICS.markTop;
      const rowMarks: Mark[] = [];
      for (let j = lowerBound(ends, t0); j < items.length; j++) {
        const i = items[j]!;
        const vs = visualStart(model, i, mpp);
        if (vs > t1) break;
        const ve = visualEnd(model, i, mpp);
        if (ve < t0) continue;
        const x0 = xOf(view, vs);
        const x1 = xOf(view, ve);
        const status = model.items[i]!.status;
        if (model.point[i]) {
          const list = points.get(status);
          const cx = (x0 + x1) / 2;
          const cy = y + METRICS.markHeight / 2;
          if (list) list.push(cx, cy);
          else points.set(status, [cx, cy]);
        } else if ((model.softStart[i] || model.softEnd[i]) && x1 - x0 >= 12) {
          soft.push({ index: i, x0, x1, y });
        } else {
          const list = bars.get(status);
          if (list) list.push(x0, y, x1 - x0);
          else bars.set(status, [x0, y, x1 - x0]);
        }
        if (status === 'cancelled') strikes.push(x0 - 3, y + METRICS.markHeight / 2, x1 + 3);
        if (status === 'denied') {
          const cx = model.point[i] ? (x0 + x1) / 2 : Math.min(Math.max((x0 + x1) / 2, left + 8), right - 8);
          crosses.push(cx, y + METRICS.markHeight / 2);
        }
        rowMarks.push({ index: i, x0, x1, y });
        info.marks++;
      }
      rowsForLabels.push(rowMarks);
    }
  }

  const fillOf = (status: EventStatus) => markFills(theme)[status];
  for (const m of soft) {
    const item = model.items[m.index]!;
    const colors = theme.status[item.status];
    const w = m.x1 - m.x0;
    const fade = Math.min(28, w * 0.35);
    p.softRect(m.x0, m.y, w, METRICS.markHeight, {
      fill: fillOf(item.status),
      stroke: colors.line,
      lineWidth: 1.5,
      dash: DASH_BY_OUTLINE[OUTLINE_BY_STATUS[item.status]],
      fadeStart: model.softStart[m.index] ? fade : 0,
      fadeEnd: model.softEnd[m.index] ? fade : 0,
    });
  }
  for (const status of EVENT_STATUSES) {
    const colors = theme.status[status];
    const dash = DASH_BY_OUTLINE[OUTLINE_BY_STATUS[status]];
    const b = bars.get(status);
    if (b) {
      p.shapes({ fill: fillOf(status), stroke: colors.line, lineWidth: 1.5, dash }, (path) => {
        for (let k = 0; k < b.length; k += 3)
          path.rect(b[k]! + 0.75, b[k + 1]! + 0.75, Math.max(b[k + 2]! - 1.5, 1), METRICS.markHeight - 1.5);
      });
    }
    const pts = points.get(status);
    if (pts) {
      p.shapes(
        { fill: fillOf(status), stroke: colors.line, lineWidth: 1.5, dash: dash.length ? [3, 2] : dash },
        (path) => {
          for (let k = 0; k < pts.length; k += 2) path.diamond(pts[k]!, pts[k + 1]!, pointR);
        },
      );
    }
  }
  if (strikes.length) {
    p.shapes({ stroke: theme.status.cancelled.fg, lineWidth: 2 }, (path) => {
      for (let k = 0; k < strikes.length; k += 3)
        path.line(strikes[k]!, strikes[k + 1]!, strikes[k + 2]!, strikes[k + 1]!);
    });
  }
  if (crosses.length) {
    p.shapes({ stroke: theme.status.denied.fg, lineWidth: 2 }, (path) => {
      for (let k = 0; k < crosses.length; k += 2) {
        const x = crosses[k]!;
        const y = crosses[k + 1]!;
        path.line(x - 4, y - 4, x + 4, y + 4);
        path.line(x - 4, y + 4, x + 4, y - 4);
      }
    });
  }

  // Counts of folded events.
  const clusterFont = fontOf(theme, 11, 650);
  const visibleClusters: { box: Box; count: number }[] = [];
  for (const lane of lanesInView) {
    const clusters = layout.lanes[lane]!.clusters;
    let lo = 0;
    let hi = clusters.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (clusters[mid]!.end < t0) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < clusters.length && clusters[c]!.start <= t1; c++) {
      visibleClusters.push({
        box: clusterBox(scene, layout, view, lane, c)!,
        count: clusters[c]!.members.length,
      });
    }
  }
  if (visibleClusters.length) {
    p.shapes({ fill: theme.clusterFill, stroke: theme.clusterLine, lineWidth: 1 }, (path) => {
      for (const { box } of visibleClusters)
        path.roundRect(box.x + 0.5, box.y + 0.5, box.w - 1, box.h - 1, 4);
    });
    for (const { box, count } of visibleClusters) {
      const long = `${count} events`;
      const text = p.measure(long, clusterFont) + 10 <= box.w ? long : `${count}`;
      const x = Math.min(Math.max(box.x + box.w / 2, left + 14), right - 14);
      p.text(text, x, box.y + box.h - 4, { color: theme.clusterText, font: clusterFont, align: 'center' });
    }
    info.clusters = visibleClusters.length;
  }

  // Labels under their marks, greedily, never overlapping.
  // The lane counts' font (12 px, regular; timeline.css): the browser has it ready when the
  // drawing starts, where a font of its own would cost its first use a millisecond or so.
  const labelFont = fontOf(theme, METRICS.labelFontSize, 400);
  const fitted = new Map<number, string>();
  for (const marks of rowsForLabels) {
    const placed = placeRowLabels(
      marks,
      (k, available) => {
        const text = fitText(p, model.items[marks[k]!.index]!.title, labelFont, available);
        fitted.set(k, text);
        return text ? p.measure(text, labelFont) : 0;
      },
      left,
      right,
    );
    for (const label of placed) {
      const m = marks[label.k]!;
      const item = model.items[m.index]!;
      p.text(fitted.get(label.k)!, label.x, m.y - METRICS.markTop + METRICS.labelBaseline, {
        color: item.status === 'cancelled' ? theme.textMuted : theme.text,
        font: labelFont,
      });
      info.labels++;
    }
    fitted.clear();
  }

  // Hover, selection and keyboard focus.
  if (state.hover) {
    const box =
      state.hover.kind === 'item'
        ? itemBox(scene, layout, view, state.hover.lane, state.hover.index)
        : clusterBox(scene, layout, view, state.hover.lane, state.hover.cluster);
    if (box)
      p.shapes({ stroke: theme.textMuted, lineWidth: 1 }, (path) =>
        path.rect(box.x - 2.5, box.y - 2.5, box.w + 5, box.h + 5),
      );
  }
  if (selected !== null) {
    scene.lanes.forEach((_, lane) => {
      const box = itemBox(scene, layout, view, lane, selected);
      if (!box) return;
      if (!info.selectedBox) info.selectedBox = box;
      p.shapes({ stroke: theme.selected, lineWidth: 2.5 }, (path) =>
        path.rect(box.x - 3.5, box.y - 3.5, box.w + 7, box.h + 7),
      );
    });
  }
  if (state.active) {
    const box = itemBox(scene, layout, view, state.active.lane, state.active.index);
    info.activeBox = box;
    if (box && state.focused) {
      p.shapes({ stroke: theme.focus, lineWidth: 2, dash: [4, 2] }, (path) =>
        path.rect(box.x - 6, box.y - 6, box.w + 12, box.h + 12),
      );
    }
  }
  p.unclip();

  // The axis, on top of everything (it stays in place while lanes scroll).
  p.shapes({ fill: theme.axisBackground }, (path) => path.rect(0, 0, width, axisH));
  p.shapes({ stroke: theme.gridStrong, lineWidth: 1 }, (path) => {
    for (const c of ticks.context) {
      const x = Math.round(xOf(view, c.t)) + 0.5;
      if (x >= left && x <= right) path.line(x, 0, x, axisH);
    }
    path.line(0, axisH - 0.5, width, axisH - 0.5);
  });
  p.shapes({ stroke: theme.grid, lineWidth: 1 }, (path) => {
    for (const tick of ticks.ticks) {
      const x = Math.round(xOf(view, tick.t)) + 0.5;
      if (x >= left && x <= right) path.line(x, axisH - 6, x, axisH);
    }
  });
  // Years are bold wherever they are written (year ticks, the context row over months); months
  // and days are not. (The fitted view then draws with two fonts, counts and years sharing one:
  // each font's first use costs the canvas a millisecond or two.)
  const contextFont = fontOf(theme, 11, 650);
  const tickFont = ticks.unit === 'year' || ticks.unit === 'decade' ? contextFont : fontOf(theme, 11, 500);
  const hasContext = ticks.context.length > 0;
  const tickY = hasContext ? 30 : 22;
  let lastTickEnd = Number.NEGATIVE_INFINITY;
  for (const tick of ticks.ticks) {
    const x = xOf(view, tick.t) + 3;
    const w = p.measure(tick.label, tickFont);
    if (x < left || x + w > right || x < lastTickEnd + 4) continue;
    p.text(tick.label, x, tickY, { color: theme.axisText, font: tickFont });
    lastTickEnd = x + w;
  }
  if (hasContext) {
    ticks.context.forEach((c, k) => {
      const x = Math.max(xOf(view, c.t) + 3, left + 3);
      const next = ticks.context[k + 1];
      const limit = next ? xOf(view, next.t) - 4 : right;
      const w = p.measure(c.label, contextFont);
      if (x + w <= limit && x < right) p.text(c.label, x, 14, { color: theme.text, font: contextFont });
    });
  }

  if (options.laneLabels && left > 0) {
    p.shapes({ fill: theme.axisBackground }, (path) => path.rect(0, axisH, left, height - axisH));
    p.shapes({ stroke: theme.laneRule, lineWidth: 1 }, (path) =>
      path.line(left - 0.5, 0, left - 0.5, height),
    );
    const font = fontOf(theme, 12, 600);
    p.clip(0, axisH, left, height - axisH);
    p.translate(0, -scrollY);
    for (const k of lanesInView) {
      const text = fitText(p, scene.lanes[k]!.label, font, left - 12);
      if (text) p.text(text, 8, scene.laneTop[k]! + 18, { color: theme.text, font });
    }
    p.unclip();
  }

  p.end();
  return info;
}
