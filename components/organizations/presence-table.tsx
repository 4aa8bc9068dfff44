import Link from 'next/link';
import type { PresenceEntry } from '@/lib/domain/dto';
import { eventHref } from '@/components/events/event-href';
import { RegionLink } from '@/components/regions/region-link';

const STATE_LABELS: Record<PresenceEntry['state'], string> = {
  established: 'Established',
  entered: 'Entered',
  planned: 'Planned',
  cancelled: 'Cancelled',
  exited: 'Exited',
};

/** Where an organization stands in each region, with the event that says so. */
export function PresenceTable({ presence, caption }: { presence: PresenceEntry[]; caption: string }) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">State</th>
            <th scope="col">Latest event</th>
          </tr>
        </thead>
        <tbody>
          {presence.map((entry) => (
            <tr key={entry.region.id}>
              <th scope="row">
                <RegionLink region={entry.region} />
              </th>
              <td>
                <span className={`badge badge--presence-${entry.state}`}>{STATE_LABELS[entry.state]}</span>
              </td>
              <td>
                <Link href={eventHref(entry.latestEvent)}>{entry.latestEvent.title}</Link>
                <span className="muted"> · {entry.latestEvent.dateLabel}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
