'use client';

import { useState, type RefObject } from 'react';
import { chartToPng, downloadBlob, serializeChart } from './chart-export';

/** "Download PNG" / "Download SVG" of the first <svg> drawn inside `target`. */
export function ChartDownloads({ target, name, title }: { target: RefObject<HTMLElement | null>; name: string; title: string }) {
  const [status, setStatus] = useState('');
  const stamp = () => new Date().toISOString().slice(0, 10);
  const find = () => target.current?.querySelector<SVGSVGElement>('svg[data-chart], svg.recharts-surface') ?? null;
  const svg = () => {
    const element = find();
    if (!element) return setStatus('The chart is not drawn yet.');
    downloadBlob(new Blob([serializeChart(element, title).text], { type: 'image/svg+xml' }), `beachhead-${name}-${stamp()}.svg`);
    setStatus(`${title}: SVG image downloaded.`);
  };
  const png = async () => {
    const element = find();
    if (!element) return setStatus('The chart is not drawn yet.');
    try {
      downloadBlob(await chartToPng(element, title), `beachhead-${name}-${stamp()}.png`);
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
      <button type="button" className="button button--secondary" onClick={svg}>
        SVG
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
