import type { ReactNode } from 'react';

// What the marks mean, for sighted readers (the same facts are in words for everyone else:
// each event's description and the list view).

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="timeline-legend__swatch" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <Swatch>
          <path
            d="M18 2 23 7 18 12 13 7Z"
            fill="var(--happened-bg)"
            stroke="var(--happened-line)"
            strokeWidth="1.5"
          />
        </Swatch>
        exact day
      </li>
      <li>
        <Swatch>
          <defs>
            <linearGradient id="legend-soft" x1="0" x2="1">
              <stop offset="0" stopColor="var(--happened-line)" stopOpacity="0" />
              <stop offset="0.3" stopColor="var(--happened-line)" />
              <stop offset="0.7" stopColor="var(--happened-line)" />
              <stop offset="1" stopColor="var(--happened-line)" stopOpacity="0" />
            </linearGradient>
          </defs>
          <rect
            x="2"
            y="2"
            width="32"
            height="10"
            fill="var(--happened-bg)"
            stroke="url(#legend-soft)"
            strokeWidth="1.5"
          />
        </Swatch>
        window, soft ends when approximate
      </li>
      <li>
        <Swatch>
          <rect
            x="2"
            y="2"
            width="32"
            height="10"
            fill="var(--planned-bg)"
            stroke="var(--planned-line)"
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
        </Swatch>
        planned or announced
      </li>
      <li>
        <Swatch>
          <rect
            x="2"
            y="2"
            width="32"
            height="10"
            fill="var(--happened-bg)"
            stroke="var(--happened-line)"
            strokeWidth="1.5"
          />
        </Swatch>
        happened
      </li>
      <li>
        <Swatch>
          <rect
            x="4"
            y="2"
            width="28"
            height="10"
            fill="var(--cancelled-bg)"
            stroke="var(--cancelled-line)"
            strokeWidth="1.5"
          />
          <path d="M1 7h34" stroke="var(--cancelled-fg)" strokeWidth="2" />
        </Swatch>
        cancelled
      </li>
      <li>
        <Swatch>
          <rect
            x="2"
            y="2"
            width="32"
            height="10"
            fill="var(--denied-bg)"
            stroke="var(--denied-line)"
            strokeWidth="1.5"
          />
          <path d="M14 3l8 8M14 11l8-8" stroke="var(--denied-fg)" strokeWidth="2" />
        </Swatch>
        denied
      </li>
      <li>
        <Swatch>
          <path d="M30 3C20 3 20 11 10 11" fill="none" stroke="var(--denied-line)" strokeWidth="1.5" />
          <path d="M10 11l6-3v6Z" fill="var(--denied-line)" />
        </Swatch>
        link (cancels, fulfils, responds to)
      </li>
    </ul>
  );
}
