import { buildScene } from './layout';
import { buildModel } from './model';
import type { Painter } from './painter';
import { EMPTY_STATE, renderTimeline, type FrameInfo } from './render';
import { SvgPainter } from './svg-painter';
import { LIGHT_THEME, type TimelineTheme } from './theme';
import { fitWindow } from './time';
import type { GroupBy, TimeWindow, TimelineData } from './types';

// The timeline drawn once, without a browser: the same layout and renderer as the interactive
// component, for SVG/PNG export and preview images. Lane names are drawn in a left gutter.

export interface StaticTimelineOptions {
  data: TimelineData;
  group: GroupBy;
  /** The window to show; null fits the data. */
  window: TimeWindow | null;
  width: number;
  /** Clip to this height (px); default: every lane. */
  height?: number;
  selectedId?: string | null;
  /** Width of the lane-name gutter (px); 0 for none. */
  laneLabelWidth?: number;
  theme?: TimelineTheme;
  /** Today line (ms), or null for none (the default, so output is reproducible). */
  now?: number | null;
}

/** Paints the view on any Painter; returns the frame info and the size painted. */
export function paintStaticTimeline(
  painter: Painter,
  options: StaticTimelineOptions,
): FrameInfo & { width: number; height: number } {
  const model = buildModel(options.data);
  const scene = buildScene(model, options.group);
  const window = options.window ?? fitWindow(model.extent);
  const height = options.height ?? scene.height;
  const selected = options.selectedId ? (model.indexById.get(options.selectedId) ?? null) : null;
  const info = renderTimeline(
    painter,
    scene,
    { window, width: options.width, plotLeft: options.laneLabelWidth ?? 140, height, scrollY: 0 },
    { ...EMPTY_STATE, selected, now: options.now ?? null },
    { theme: options.theme ?? LIGHT_THEME, laneLabels: (options.laneLabelWidth ?? 140) > 0 },
  );
  return { ...info, width: options.width, height };
}

/** The view as an SVG document. */
export function renderTimelineSvg(
  options: StaticTimelineOptions & { measure?: (text: string, font: string) => number },
): {
  svg: string;
  width: number;
  height: number;
} {
  const painter = new SvgPainter(options.measure);
  const { width, height } = paintStaticTimeline(painter, options);
  return { svg: painter.toString(), width, height };
}
