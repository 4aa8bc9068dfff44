import type { Painter, PathSink, ShapeStyle, SoftRectStyle, TextStyle } from '@/lib/timeline/painter';
import { withAlpha } from '@/lib/timeline/theme';

// The renderer's Painter on a canvas 2D context: one path per batch, text widths cached.
// Works on a DOM canvas (the timeline) and an OffscreenCanvas (PNG export) alike.

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

class CanvasPath implements PathSink {
  constructor(private readonly ctx: Context2D) {}
  rect(x: number, y: number, w: number, h: number) {
    this.ctx.rect(x, y, w, h);
  }
  roundRect(x: number, y: number, w: number, h: number, r: number) {
    const rr = Math.max(0, Math.min(r, w / 2, h / 2));
    const c = this.ctx;
    // One call where the context has it (all current browsers); the same shape from arcs otherwise.
    if (typeof c.roundRect === 'function') {
      c.roundRect(x, y, w, h, rr);
      return;
    }
    c.moveTo(x + rr, y);
    c.arcTo(x + w, y, x + w, y + h, rr);
    c.arcTo(x + w, y + h, x, y + h, rr);
    c.arcTo(x, y + h, x, y, rr);
    c.arcTo(x, y, x + w, y, rr);
    c.closePath();
  }
  diamond(cx: number, cy: number, r: number) {
    const c = this.ctx;
    c.moveTo(cx, cy - r);
    c.lineTo(cx + r, cy);
    c.lineTo(cx, cy + r);
    c.lineTo(cx - r, cy);
    c.closePath();
  }
  line(x1: number, y1: number, x2: number, y2: number) {
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
  }
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) {
    const c = this.ctx;
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.lineTo(x3, y3);
    c.closePath();
  }
  bezier(x1: number, y1: number, c1x: number, c1y: number, c2x: number, c2y: number, x2: number, y2: number) {
    this.ctx.moveTo(x1, y1);
    this.ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x2, y2);
  }
}

const NO_DASH: number[] = [];

const transparents = new Map<string, string>();
/** `color` at opacity 0 (soft window ends fade to it), remembered: a frame asks for a few. */
function transparent(color: string): string {
  let value = transparents.get(color);
  if (value === undefined) {
    if (transparents.size > 200) transparents.clear();
    value = withAlpha(color, 0);
    transparents.set(color, value);
  }
  return value;
}

/**
 * Characters measured one by one: Latin (up to U+02FF, before the combining marks) and general
 * punctuation (dashes, quotes, the ellipsis: U+2000-U+206F), the latter in slots after the former.
 */
const LATIN_END = 0x300;
const ADVANCE_TABLE_SIZE = LATIN_END + 0x70;
const PUNCTUATION_SLOTS: number[] = Array.from({ length: 0x70 }, (_, k) =>
  // Zero-width and directional characters (U+200B-U+200F, U+202A-U+202E, U+2060-U+206F) change
  // their neighbours: text with them is measured whole.
  (k >= 0x0b && k <= 0x0f) || (k >= 0x2a && k <= 0x2e) || k >= 0x60 ? -1 : LATIN_END + k,
);

export class CanvasPainter implements Painter {
  private readonly path: CanvasPath;
  private widths = new Map<string, number>();
  /** Per font: the advance of each character (NaN until measured), by ADVANCE_TABLE_SIZE slot. */
  private advances = new Map<string, Float64Array>();
  private font = '';
  /** Text state last set by text() (empty: unknown, after shapes or a restore). */
  private textFill = '';
  private textAlign = '';

  /** `scale` is the device pixel ratio: the canvas is scale× its CSS size. */
  constructor(
    private readonly ctx: Context2D,
    private readonly scale = 1,
  ) {
    this.path = new CanvasPath(ctx);
  }

  begin(width: number, height: number, background: string) {
    const c = this.ctx;
    c.setTransform(this.scale, 0, 0, this.scale, 0, 0);
    this.textFill = '';
    this.textAlign = '';
    c.fillStyle = background;
    c.fillRect(0, 0, width, height);
    c.lineJoin = 'round';
    c.lineCap = 'butt';
  }

  shapes(style: ShapeStyle, draw: (path: PathSink) => void) {
    const c = this.ctx;
    c.beginPath();
    draw(this.path);
    if (style.fill) {
      c.fillStyle = style.fill;
      this.textFill = '';
      c.fill();
    }
    if (style.stroke) {
      c.strokeStyle = style.stroke;
      c.lineWidth = style.lineWidth ?? 1;
      c.setLineDash((style.dash as number[] | undefined) ?? NO_DASH);
      c.stroke();
      c.setLineDash(NO_DASH);
    }
  }

  softRect(x: number, y: number, w: number, h: number, style: SoftRectStyle) {
    const c = this.ctx;
    const gradient = (color: string) => {
      const g = c.createLinearGradient(x, 0, x + w, 0);
      g.addColorStop(0, style.fadeStart ? transparent(color) : color);
      g.addColorStop(Math.min(0.5, style.fadeStart / w), color);
      g.addColorStop(Math.max(0.5, 1 - style.fadeEnd / w), color);
      g.addColorStop(1, style.fadeEnd ? transparent(color) : color);
      return g;
    };
    c.beginPath();
    c.rect(x + 0.75, y + 0.75, Math.max(w - 1.5, 1), h - 1.5);
    this.textFill = '';
    c.fillStyle = gradient(style.fill);
    c.fill();
    c.strokeStyle = gradient(style.stroke);
    c.lineWidth = style.lineWidth;
    c.setLineDash(style.dash as number[]);
    c.stroke();
    c.setLineDash(NO_DASH);
  }

  text(text: string, x: number, y: number, style: TextStyle) {
    const c = this.ctx;
    if (this.font !== style.font) {
      c.font = style.font;
      this.font = style.font;
    }
    // Only what changed: a frame writes a hundred labels and counts in a few styles.
    if (this.textFill !== style.color) {
      c.fillStyle = style.color;
      this.textFill = style.color;
    }
    const align = style.align ?? 'left';
    if (this.textAlign !== align) {
      c.textAlign = align;
      c.textBaseline = 'alphabetic';
      this.textAlign = align;
    }
    c.fillText(text, x, y);
  }

  /**
   * Text width: the sum of its characters' advances, each measured once per font (labels share
   * their letters, so a frame measures a few dozen characters, not every title and every prefix
   * of it). Kerning is left out: widths come out at most a pixel or two wider, so labels fit.
   * Text with characters whose width depends on their neighbours (combining marks, scripts
   * shaped in context, emoji) is measured whole.
   */
  measure(text: string, font: string) {
    let table = this.advances.get(font);
    if (!table) {
      table = new Float64Array(ADVANCE_TABLE_SIZE).fill(Number.NaN);
      this.advances.set(font, table);
    }
    let width = 0;
    for (let k = 0; k < text.length; k++) {
      let code = text.charCodeAt(k);
      if (code >= ADVANCE_TABLE_SIZE) {
        code = PUNCTUATION_SLOTS[code - 0x2000] ?? -1;
        if (code < 0) return this.measureWhole(text, font);
      }
      let advance = table[code]!;
      if (advance !== advance) {
        advance = this.measureWhole(text.charAt(k), font);
        table[code] = advance;
      }
      width += advance;
    }
    return width;
  }

  private measureWhole(text: string, font: string) {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (this.font !== font) {
        this.ctx.font = font;
        this.font = font;
      }
      width = this.ctx.measureText(text).width;
      if (this.widths.size > 50_000) this.widths.clear();
      this.widths.set(key, width);
    }
    return width;
  }

  /** Forget cached widths (after web fonts load). */
  resetMeasures() {
    this.widths.clear();
    this.advances.clear();
    this.font = '';
  }

  clip(x: number, y: number, w: number, h: number) {
    const c = this.ctx;
    c.save();
    c.beginPath();
    c.rect(x, y, w, h);
    c.clip();
  }

  translate(dx: number, dy: number) {
    this.ctx.translate(dx, dy);
  }

  unclip() {
    this.ctx.restore();
    this.font = '';
    this.textFill = '';
    this.textAlign = '';
  }

  end() {}
}
