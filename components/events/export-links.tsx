// Download and subscribe links for the current events filter: the CSV and JSON exports take
// exactly the listing's filters; the calendar feed takes the vendor and region.

const EXPORT_KEYS = ['q', 'vendor', 'region', 'type', 'status', 'from', 'to'] as const;

/** The filter part of a listing URL (no page cursor, no page size), as a query string with "?". */
export function exportQuery(params: URLSearchParams, keys: readonly string[] = EXPORT_KEYS): string {
  const out = new URLSearchParams();
  for (const key of keys) for (const value of params.getAll(key)) if (value !== '') out.append(key, value);
  const query = out.toString();
  return query ? `?${query}` : '';
}

export function EventExportLinks({
  params,
  label = 'these events',
}: {
  params: URLSearchParams;
  label?: string;
}) {
  const query = exportQuery(params);
  const calendar = exportQuery(params, ['vendor', 'region']);
  return (
    <ul className="download-links" aria-label="Downloads and feeds">
      <li>
        <a href={`/api/v1/events.csv${query}`} download data-testid="export-csv">
          Download {label} as CSV
        </a>
      </li>
      <li>
        <a href={`/api/v1/events.json${query}`} download data-testid="export-json">
          Download {label} as JSON
        </a>
      </li>
      <li>
        <a href={`/feeds/planned.ics${calendar}`} data-testid="subscribe-ics">
          Subscribe to planned entries{calendar ? ' (this vendor/region)' : ''} (calendar)
        </a>
      </li>
      <li>
        <a href="/feeds/changes.atom">Changes feed (Atom)</a>
      </li>
    </ul>
  );
}

/** A vendor's or region's page: its planned entries as a calendar, its events as CSV, its metrics. */
export function FollowCard({ by, slug, name }: { by: 'vendor' | 'region'; slug: string; name: string }) {
  const query = `?${by}=${encodeURIComponent(slug)}`;
  return (
    <div className="card">
      <h2>Follow</h2>
      <ul className="link-list">
        <li>
          <a href={`/feeds/planned.ics${query}`}>Subscribe to {name}’s planned entries</a>{' '}
          <span className="muted">(calendar feed; overdue plans are marked)</span>
        </li>
        <li>
          <a href={`/api/v1/events.csv${query}`} download>
            Download {by === 'vendor' ? `${name}’s events` : `events in ${name}`} as CSV
          </a>
        </li>
        <li>
          <a href={`/metrics${query}`}>Market share and shipments</a>
        </li>
      </ul>
    </div>
  );
}
