import Link from 'next/link';
import type { Citation } from '@/lib/domain/dto';
import { EmptyState } from '@/components/ui/empty-state';
import { ExternalLink } from '@/components/ui/external-link';

function CitationItem({ citation }: { citation: Citation }) {
  const {
    sourceId,
    outlet,
    title,
    url,
    publishedLabel,
    published,
    quote,
    speaker,
    stance,
    note,
    sourceNote,
  } = citation;
  return (
    <li className="citation">
      <div className="citation__head">
        <Link className="citation__outlet" href={`/sources/${sourceId}`}>
          {outlet}
        </Link>
        {stance === 'contradicts' ? (
          <span className="badge badge--contradicts">Contradicts this event</span>
        ) : null}
        {publishedLabel ? (
          <span className="citation__date">
            Published{' '}
            {published && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(published) ? (
              <time dateTime={published}>{publishedLabel}</time>
            ) : (
              publishedLabel
            )}
          </span>
        ) : (
          <span className="citation__date">Publication date not recorded</span>
        )}
      </div>
      {title ? (
        <p className="citation__title">
          <ExternalLink href={url}>{title}</ExternalLink>
        </p>
      ) : null}
      {quote ? (
        <figure className="quote">
          <blockquote>
            <p>{quote}</p>
          </blockquote>
          {speaker ? (
            <figcaption>
              {speaker.name}
              {speaker.role ? `, ${speaker.role}` : ''}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {note ? <p className="citation__note">{note}</p> : null}
      {sourceNote ? (
        <p className="citation__note citation__note--source">About this source: {sourceNote}</p>
      ) : null}
    </li>
  );
}

/** The sources behind an event: outlet, title (linked only for http(s) addresses), date, quote. */
export function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) {
    return (
      <EmptyState title="Unsourced">No source backs this event yet; treat it as unconfirmed.</EmptyState>
    );
  }
  return (
    <ol className="citations">
      {citations.map((citation) => (
        <CitationItem key={citation.sourceId} citation={citation} />
      ))}
    </ol>
  );
}
