import type { ReactNode } from 'react';

interface SectionProps {
  /** Used for the heading id; the section is labelled by its heading (a landmark "region"). */
  id: string;
  title: ReactNode;
  /** A count shown beside the title. */
  count?: number;
  /** A link or note at the right of the heading row. */
  aside?: ReactNode;
  children: ReactNode;
  /** Draw the section as a card (default) or bare. */
  bare?: boolean;
}

/** A titled part of a page. Headings are h2: sections sit directly under the page's h1. */
export function Section({ id, title, count, aside, children, bare = false }: SectionProps) {
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} className={bare ? 'stack-s' : 'card'}>
      <div className="card__header">
        <h2 id={headingId} className="section-title">
          {title}
          {count !== undefined ? (
            <>
              {' '}
              <span className="section-title__count">{count}</span>
            </>
          ) : null}
        </h2>
        {aside ? <div className="card__header-aside">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
