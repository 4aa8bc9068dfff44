import type { Painter, PathSink, ShapeStyle, SoftRectStyle, TextStyle } from './painter';
import { estimateTextWidth } from './painter';
import { SvgPainter } from './svg-painter';

// A Painter for renderers that draw shapes and text separately: shapes go to an SVG document
// (without any <text>), every text is recorded with its absolute position and clip. Preview
// images use it: the image engine (satori + resvg) turns its own text into glyph paths with a
// bundled font, but cannot draw <text> inside an embedded SVG (it has no fonts there).

export interface PlacedText {
  text: string;
  /** Anchor x and alphabetic baseline y, absolute. */
  x: number;
  y: number;
  style: TextStyle;
  /** The clip in force (absolute), or null. */
  clip: { x: number; y: number; w: number; h: number } | null;
}

interface Scope {
  clip: { x: number; y: number; w: number; h: number };
  dx: number;
  dy: number;
}

export class SplitTextPainter implements Painter {
  readonly svg: SvgPainter;
  readonly texts: PlacedText[] = [];
  private scopes: Scope[] = [];

  constructor(private readonly measureText: (text: string, font: string) => number = estimateTextWidth) {
    this.svg = new SvgPainter(measureText);
  }

  begin(width: number, height: number, background: string) {
    this.texts.length = 0;
    this.scopes = [];
    this.svg.begin(width, height, background);
  }

  shapes(style: ShapeStyle, draw: (path: PathSink) => void) {
    this.svg.shapes(style, draw);
  }

  softRect(x: number, y: number, w: number, h: number, style: SoftRectStyle) {
    this.svg.softRect(x, y, w, h, style);
  }

  private offset(): { dx: number; dy: number } {
    const top = this.scopes.at(-1);
    return top ? { dx: top.dx, dy: top.dy } : { dx: 0, dy: 0 };
  }

  text(text: string, x: number, y: number, style: TextStyle) {
    const { dx, dy } = this.offset();
    const top = this.scopes.at(-1);
    this.texts.push({ text, x: x + dx, y: y + dy, style, clip: top ? { ...top.clip } : null });
  }

  measure(text: string, font: string) {
    return this.measureText(text, font);
  }

  clip(x: number, y: number, w: number, h: number) {
    const { dx, dy } = this.offset();
    const outer = this.scopes.at(-1)?.clip;
    let clip = { x: x + dx, y: y + dy, w, h };
    if (outer) {
      const x0 = Math.max(outer.x, clip.x);
      const y0 = Math.max(outer.y, clip.y);
      const x1 = Math.min(outer.x + outer.w, clip.x + clip.w);
      const y1 = Math.min(outer.y + outer.h, clip.y + clip.h);
      clip = { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
    }
    this.scopes.push({ clip, dx, dy });
    this.svg.clip(x, y, w, h);
  }

  translate(dx: number, dy: number) {
    const top = this.scopes.at(-1);
    if (!top) return; // like the SVG painter: translations only apply within a clip scope
    top.dx += dx;
    top.dy += dy;
    this.svg.translate(dx, dy);
  }

  unclip() {
    this.scopes.pop();
    this.svg.unclip();
  }

  end() {
    this.scopes = [];
    this.svg.end();
  }
}
