// The drawing surface the renderer paints on. The browser implements it on a canvas 2D context
// (components/timeline/canvas-painter.ts); svg-painter.ts implements it as an SVG document for
// exports and preview images. Shapes sharing a style are drawn in one batch (one path).

export interface PathSink {
  rect(x: number, y: number, w: number, h: number): void;
  /** A rectangle with rounded corners. */
  roundRect(x: number, y: number, w: number, h: number, r: number): void;
  diamond(cx: number, cy: number, r: number): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void;
  /** A cubic Bézier curve (stroke only). */
  bezier(
    x1: number,
    y1: number,
    c1x: number,
    c1y: number,
    c2x: number,
    c2y: number,
    x2: number,
    y2: number,
  ): void;
}

export interface ShapeStyle {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: readonly number[];
}

export interface SoftRectStyle {
  fill: string;
  stroke: string;
  lineWidth: number;
  dash: readonly number[];
  /** Width in px over which each end fades to transparent (0 = crisp). */
  fadeStart: number;
  fadeEnd: number;
}

export interface TextStyle {
  color: string;
  font: string;
  align?: 'left' | 'center' | 'right';
}

export interface Painter {
  begin(width: number, height: number, background: string): void;
  shapes(style: ShapeStyle, draw: (path: PathSink) => void): void;
  /** A window whose approximate ends fade out (a horizontal gradient). */
  softRect(x: number, y: number, w: number, h: number, style: SoftRectStyle): void;
  /** Text on an alphabetic baseline at y. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  measure(text: string, font: string): number;
  /** Clips to a rectangle (and starts a scope that unclip() ends). */
  clip(x: number, y: number, w: number, h: number): void;
  /** Moves what follows, within the current clip scope. */
  translate(dx: number, dy: number): void;
  unclip(): void;
  end(): void;
}

/** Text width estimate for painters without a text engine (about right for Inter at 12 px). */
export function estimateTextWidth(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  let units = 0;
  for (const ch of text) {
    if (/[ilI.,:;'|!]/.test(ch)) units += 0.28;
    else if (/[mwMW@]/.test(ch)) units += 0.85;
    else if (/[A-Z0-9]/.test(ch)) units += 0.64;
    else if (ch === ' ') units += 0.27;
    else units += 0.53;
  }
  return units * size;
}
