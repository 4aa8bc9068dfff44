'use client';

import { useState, type RefObject } from 'react';
import type { LegendEntry } from './chart-export';

// The image code (./chart-export: serialising the svg with its styles, drawing it on a canvas)
// is loaded on the first press of a download button, not with the page.
const loadExport = () => import('./chart-export');

/** The legend shown beside the chart (HTML, so not in its svg): recharts' or the presence legend. */
function legendOf(root: HTMLElement | null): LegendEntry[] {
  if (!root) return [];
  const out: LegendEntry[] = [];
  for (const item of root.querySelectorAll('.recharts-legend-item')) {
    const icon = item.querySelector('svg path, svg rect');
    out.push({
      label: item.querySelector('.recharts-legend-item-text')?.textContent ?? '',
      color: icon ? getComputedStyle(icon).fill : '#888',
    });
  }
  for (const item of root.querySelectorAll('.presence-legend li')) {
    const swatch = item.querySelector('.presence-swatch');
    out.push({
      label: item.textContent?.trim() ?? '',
      color: swatch ? getComputedStyle(swatch).backgroundColor : '#888',
    });
  }
  return out;
}

/** "Download PNG" / "Download SVG" of the first <svg> drawn inside `target`. */
export function ChartDownloads({
  target,
  name,
  title,
  imageTitle = title,
}: {
  target: RefObject<HTMLElement | null>;
  name: string;
  title: string;
  imageTitle?: string;
}) {
  const [status, setStatus] = useState('');
  const stamp = () => new Date().toISOString().slice(0, 10);
  // The chart's own surface (recharts also draws each legend icon as a small svg).
  const find = () =>
    target.current?.querySelector<SVGSVGElement>(
      'svg[data-chart], .recharts-wrapper > svg.recharts-surface',
    ) ?? null;
  const legend = () => legendOf(target.current);
  const svg = async () => {
    const element = find();
    if (!element) return setStatus('The chart is not drawn yet.');
    try {
      const { downloadBlob, serializeChart } = await loadExport();
      downloadBlob(
        new Blob([serializeChart(element, imageTitle, legend()).text], { type: 'image/svg+xml' }),
        `beachhead-${name}-${stamp()}.svg`,
      );
      setStatus(`${title}: SVG image downloaded.`);
    } catch (error) {
      setStatus(`The image could not be made: ${(error as Error).message}`);
    }
  };
  const png = async () => {
    const element = find();
    if (!element) return setStatus('The chart is not drawn yet.');
    try {
      const { chartToPng, downloadBlob } = await loadExport();
      downloadBlob(await chartToPng(element, imageTitle, legend()), `beachhead-${name}-${stamp()}.png`);
      setStatus(`${title}: PNG image downloaded.`);
    } catch (error) {
      setStatus(`The image could not be made: ${(error as Error).message}`);
    }
  };
  return (
    <div className="chart-actions" role="group" aria-label={`Download ${title}`}>
      <button type="button" className="button button--secondary" onClick={() => void png()}>
        PNG
      </button>
      <button type="button" className="button button--secondary" onClick={() => void svg()}>
        SVG
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
