// PNG and SVG downloads of a chart as drawn: the chart's <svg> is cloned with the computed
// colours and fonts written inline (CSS custom properties and the page's stylesheet do not
// travel with a file), on the page's background; the PNG is that SVG drawn on a canvas at 2x.
// Nothing leaves the browser.

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) {
    const child = target.children[i];
    if (child) inlineStyles(source.children[i]!, child);
  }
}

export interface LegendEntry {
  label: string;
  color: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG document of `svg` as shown: its size, the page background, a title, and the
 * legend (drawn below the chart, since the page shows it as HTML).
 */
export function serializeChart(
  svg: SVGSVGElement,
  title: string,
  legend: LegendEntry[] = [],
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const style = getComputedStyle(svg.closest('.card') ?? document.body);
  const background = style.backgroundColor || '#ffffff';
  const textColor = style.color || '#000000';
  const font = getComputedStyle(document.body).fontFamily;

  // A title line on top, then the chart, then the legend rows (entries flow left to right,
  // wrapping at the chart's width).
  const top = 32;
  const items: { x: number; y: number; entry: LegendEntry }[] = [];
  let x = 8;
  let y = top + chartHeight + 10;
  for (const entry of legend) {
    const w = 22 + entry.label.length * 7;
    if (x + w > width && x > 8) {
      x = 8;
      y += 20;
    }
    items.push({ x, y, entry });
    x += w + 12;
  }
  const height = legend.length ? y + 24 : top + chartHeight;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', font);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  root.append(titleElement);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  rect.setAttribute('fill', background);
  root.append(rect);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '21');
  heading.setAttribute('font-size', '16');
  heading.setAttribute('font-weight', '600');
  heading.setAttribute('fill', textColor);
  heading.textContent = title;
  root.append(heading);

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  root.append(clone);

  for (const { x: lx, y: ly, entry } of items) {
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(lx));
    swatch.setAttribute('y', String(ly));
    swatch.setAttribute('width', '12');
    swatch.setAttribute('height', '12');
    swatch.setAttribute('fill', entry.color);
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(lx + 17));
    label.setAttribute('y', String(ly + 10));
    label.setAttribute('font-size', '12');
    label.setAttribute('fill', textColor);
    label.textContent = entry.label;
    root.append(swatch, label);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { text, width, height };
}

export async function chartToPng(
  svg: SVGSVGElement,
  title: string,
  legend: LegendEntry[] = [],
  scale = 2,
): Promise<Blob> {
  const { text, width, height } = serializeChart(svg, title, legend);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas available');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
