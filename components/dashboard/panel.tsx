'use client';

import { useRef, type ReactNode } from 'react';
import { ChartDownloads } from './chart-downloads';

interface PanelProps {
  id: string;
  title: string;
  /** Old data shown while new data loads: dimmed under a pulsing veil, same size. */
  busy: boolean;
  /** Offer PNG/SVG downloads of the chart drawn in the panel. */
  download?: string;
  /** Title written on the downloaded image (default: the panel's title). */
  downloadTitle?: string;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A dashboard card: a titled section (a landmark labelled by its h2), optional downloads. */
export function Panel({ id, title, busy, download, downloadTitle, aside, children, className }: PanelProps) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <section aria-labelledby={`${id}-title`} className={`card ${className ?? ''}`} id={id}>
      <div className="card__header">
        <h2 id={`${id}-title`} className="section-title">
          {title}
        </h2>
        <div className="card__header-aside">
          {aside}
          {download ? (
            <ChartDownloads target={body} name={download} title={title} imageTitle={downloadTitle ?? title} />
          ) : null}
        </div>
      </div>
      <div className="panel-body" ref={body} aria-busy={busy}>
        {children}
        {busy ? <div className="panel-veil skeleton" aria-hidden="true" /> : null}
      </div>
    </section>
  );
}
