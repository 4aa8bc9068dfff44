'use client';

import { useState, type RefObject } from 'react';
import type { TimelineHandle } from './timeline';

// Downloads of the timeline as shown now (its live window): SVG from the shared renderer's SVG
// painter, PNG from the same renderer on a canvas. Nothing leaves the browser.

function download(blob: Blob, filename: string) {
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

export function ExportButtons({
  timeline,
  name,
}: {
  timeline: RefObject<TimelineHandle | null>;
  name: string;
}) {
  const [status, setStatus] = useState('');
  const stamp = () => new Date().toISOString().slice(0, 10);
  const svg = async () => {
    const handle = timeline.current;
    if (!handle) return;
    try {
      const { svg: text } = await handle.toSvg();
      download(new Blob([text], { type: 'image/svg+xml' }), `beachhead-${name}-${stamp()}.svg`);
      setStatus('SVG image downloaded.');
    } catch (error) {
      setStatus(`The image could not be made: ${(error as Error).message}`);
    }
  };
  const png = async () => {
    const handle = timeline.current;
    if (!handle) return;
    try {
      download(await handle.toPng(), `beachhead-${name}-${stamp()}.png`);
      setStatus('PNG image downloaded.');
    } catch (error) {
      setStatus(`The image could not be made: ${(error as Error).message}`);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export the timeline">
      <button type="button" className="button button--secondary" onClick={() => void png()}>
        Download PNG
      </button>
      <button type="button" className="button button--secondary" onClick={svg}>
        Download SVG
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
