import type { Citation } from '@/lib/domain/dto';

/** "Sources: The Verge, Digitalcutlet", or a flag when nothing backs the event. */
export function SourceSummary({ sources }: { sources: Citation[] }) {
  if (sources.length === 0) {
    return <span className="badge badge--warning">Unsourced</span>;
  }
  const outlets = [...new Set(sources.map((s) => s.outlet))];
  return (
    <span>
      {sources.length === 1 ? 'Source' : `${sources.length} sources`}: {outlets.join(', ')}
    </span>
  );
}
