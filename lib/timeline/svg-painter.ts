import {
  estimateTextWidth,
  type Painter,
  type PathSink,
  type ShapeStyle,
  type SoftRectStyle,
  type TextStyle,
} from './painter';

// A Painter that writes an SVG document: the same renderer as the browser canvas, for SVG
// export and for preview images. Text is measured with an estimate unless a measure is given.

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

class SvgPath implements PathSink {
  d: string[] = [];
  rect(x: number, y: number, w: number, h: number) {
    this.d.push(`M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`);
  }
  roundRect(x: number, y: number, w: number, h: number, r: number) {
    const rr = Math.min(r, w / 2, h / 2);
    this.d.push(
      `M${n(x + rr)} ${n(y)}h${n(w - 2 * rr)}a${n(rr)} ${n(rr)} 0 0 1 ${n(rr)} ${n(rr)}v${n(h - 2 * rr)}a${n(rr)} ${n(rr)} 0 0 1 ${n(-rr)} ${n(rr)}h${n(-(w - 2 * rr))}a${n(rr)} ${n(rr)} 0 0 1 ${n(-rr)} ${n(-rr)}v${n(-(h - 2 * rr))}a${n(rr)} ${n(rr)} 0 0 1 ${n(rr)} ${n(-rr)}Z`,
    );
  }
  diamond(cx: number, cy: number, r: number) {
    this.d.push(`M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z`);
  }
  line(x1: number, y1: number, x2: number, y2: number) {
    this.d.push(`M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}`);
  }
  triangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) {
    this.d.push(`M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}L${n(x3)} ${n(y3)}Z`);
  }
  bezier(x1: number, y1: number, c1x: number, c1y: number, c2x: number, c2y: number, x2: number, y2: number) {
    this.d.push(`M${n(x1)} ${n(y1)}C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(x2)} ${n(y2)}`);
  }
}

function styleAttrs(style: ShapeStyle): string {
  const attrs = [`fill="${style.fill ? esc(style.fill) : 'none'}"`];
  if (style.stroke) {
    attrs.push(`stroke="${esc(style.stroke)}"`, `stroke-width="${n(style.lineWidth ?? 1)}"`);
    if (style.dash?.length) attrs.push(`stroke-dasharray="${style.dash.map(n).join(' ')}"`);
  }
  return attrs.join(' ');
}

export class SvgPainter implements Painter {
  private parts: string[] = [];
  private defs: string[] = [];
  private clipDepth = 0;
  private translations: number[] = [];
  private ids = 0;
  private width = 0;
  private height = 0;

  constructor(private readonly measureText: (text: string, font: string) => number = estimateTextWidth) {}

  begin(width: number, height: number, background: string) {
    this.parts = [];
    this.defs = [];
    this.clipDepth = 0;
    this.width = width;
    this.height = height;
    this.parts.push(`<rect width="${n(width)}" height="${n(height)}" fill="${esc(background)}"/>`);
  }

  shapes(style: ShapeStyle, draw: (path: PathSink) => void) {
    const path = new SvgPath();
    draw(path);
    if (path.d.length) this.parts.push(`<path d="${path.d.join('')}" ${styleAttrs(style)}/>`);
  }

  softRect(x: number, y: number, w: number, h: number, style: SoftRectStyle) {
    const id = `g${++this.ids}`;
    const a = w > 0 ? style.fadeStart / w : 0;
    const b = w > 0 ? 1 - style.fadeEnd / w : 1;
    const stops = (color: string) =>
      `<stop offset="0" stop-color="${esc(color)}" stop-opacity="${style.fadeStart ? 0 : 1}"/>` +
      `<stop offset="${n(a)}" stop-color="${esc(color)}"/><stop offset="${n(b)}" stop-color="${esc(color)}"/>` +
      `<stop offset="1" stop-color="${esc(color)}" stop-opacity="${style.fadeEnd ? 0 : 1}"/>`;
    this.defs.push(
      `<linearGradient id="${id}f" gradientUnits="userSpaceOnUse" x1="${n(x)}" x2="${n(x + w)}" y1="0" y2="0">${stops(style.fill)}</linearGradient>`,
      `<linearGradient id="${id}s" gradientUnits="userSpaceOnUse" x1="${n(x)}" x2="${n(x + w)}" y1="0" y2="0">${stops(style.stroke)}</linearGradient>`,
    );
    const dash = style.dash.length ? ` stroke-dasharray="${style.dash.map(n).join(' ')}"` : '';
    this.parts.push(
      `<rect x="${n(x + 0.75)}" y="${n(y + 0.75)}" width="${n(Math.max(w - 1.5, 1))}" height="${n(h - 1.5)}" fill="url(#${id}f)" stroke="url(#${id}s)" stroke-width="${n(style.lineWidth)}"${dash}/>`,
    );
  }

  text(text: string, x: number, y: number, style: TextStyle) {
    const anchor = style.align === 'center' ? 'middle' : style.align === 'right' ? 'end' : 'start';
    const [weight, size, ...family] = style.font.split(' ');
    this.parts.push(
      `<text x="${n(x)}" y="${n(y)}" fill="${esc(style.color)}" font-weight="${esc(weight ?? '400')}" font-size="${esc(size ?? '12px')}" font-family="${esc(family.join(' '))}" text-anchor="${anchor}">${esc(text)}</text>`,
    );
  }

  measure(text: string, font: string) {
    return this.measureText(text, font);
  }

  clip(x: number, y: number, w: number, h: number) {
    const id = `c${++this.ids}`;
    this.defs.push(
      `<clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/></clipPath>`,
    );
    this.parts.push(`<g clip-path="url(#${id})">`);
    this.clipDepth++;
  }

  translate(dx: number, dy: number) {
    if (this.clipDepth === 0) return;
    this.parts.push(`<g transform="translate(${n(dx)} ${n(dy)})">`);
    this.translations[this.clipDepth - 1] = (this.translations[this.clipDepth - 1] ?? 0) + 1;
  }

  unclip() {
    if (this.clipDepth > 0) {
      const inner = this.translations[this.clipDepth - 1] ?? 0;
      this.parts.push('</g>'.repeat(inner + 1));
      this.translations[this.clipDepth - 1] = 0;
      this.clipDepth--;
    }
  }

  end() {
    while (this.clipDepth > 0) this.unclip();
  }

  /** The document painted since the last begin(). */
  toString(): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(this.width)}" height="${n(this.height)}" viewBox="0 0 ${n(this.width)} ${n(this.height)}">` +
      (this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '') +
      this.parts.join('') +
      '</svg>'
    );
  }
}
