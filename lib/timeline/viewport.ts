import type { TimeWindow } from './types';

/** Where the time axis lies on a surface: the window maps onto [plotLeft, width). */
export interface Viewport {
  window: TimeWindow;
  width: number;
  /** Left gutter (lane labels drawn by the renderer, for exports); 0 when labels are in the DOM. */
  plotLeft: number;
  /** Lanes scrolled out of view above (px); the axis stays on top. Default 0. */
  scrollY?: number;
  /** Height of the surface (px); default: the whole scene. */
  height?: number;
}

export function plotWidth(v: Viewport): number {
  return Math.max(1, v.width - v.plotLeft);
}

export function msPerPx(v: Viewport): number {
  return (v.window.end - v.window.start) / plotWidth(v);
}

export function xOf(v: Viewport, t: number): number {
  return v.plotLeft + (t - v.window.start) / msPerPx(v);
}

export function timeAt(v: Viewport, x: number): number {
  return v.window.start + (x - v.plotLeft) * msPerPx(v);
}
