import Link from 'next/link';
import {
  cellEventsHref,
  type DashboardFilters,
  type MatrixCell,
  type PresenceMatrix,
} from '@/lib/dashboard/types';
import { organizationHref } from '@/components/organizations/organization-href';
import { regionHref } from '@/components/regions/region-href';
import { PRESENCE_GLYPHS, PRESENCE_LABELS, PRESENCE_STATES } from './presence-labels';

/** Columns shown at most; the regions where most vendors have a state come first to be kept. */
export const MAX_MATRIX_REGIONS = 24;

/** Vendor x region: each cell says the state in words (with a glyph and colour) and links to its events. */
export function PresenceMatrixTable({
  matrix,
  filters,
}: {
  matrix: PresenceMatrix;
  filters: DashboardFilters;
}) {
  if (matrix.vendors.length === 0 || matrix.regions.length === 0) {
    return <p className="muted">No vendor has an entry, plan, presence or exit among the events shown.</p>;
  }
  const cells = new Map<string, MatrixCell>(matrix.cells.map((c) => [`${c.vendor}|${c.region}`, c]));
  let regions = matrix.regions;
  if (regions.length > MAX_MATRIX_REGIONS) {
    const present = new Map<string, number>();
    for (const c of matrix.cells)
      if (c.state !== 'absent') present.set(c.region, (present.get(c.region) ?? 0) + 1);
    const keep = new Set(
      [...regions]
        .sort(
          (a, b) => (present.get(b.slug) ?? 0) - (present.get(a.slug) ?? 0) || a.name.localeCompare(b.name),
        )
        .slice(0, MAX_MATRIX_REGIONS)
        .map((r) => r.slug),
    );
    regions = regions.filter((r) => keep.has(r.slug));
  }
  return (
    <>
      {regions.length < matrix.regions.length ? (
        <p className="muted">
          {`${regions.length} of ${matrix.regions.length} regions shown: those where most vendors have an entry, plan or presence. Filter by region to see the others.`}
        </p>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="presence-matrix">
          <caption id="matrix-caption">
            Presence of each vendor in each region, derived from its events (cities count for their country).
            Each cell lists its events.
          </caption>
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              {regions.map((region) => (
                <th key={region.id} scope="col">
                  <Link href={regionHref(region)}>{region.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.vendors.map((vendor) => (
              <tr key={vendor.id}>
                <th scope="row">
                  <Link href={organizationHref(vendor)}>{vendor.name}</Link>
                </th>
                {regions.map((region) => {
                  const cell = cells.get(`${vendor.slug}|${region.slug}`);
                  const state = cell?.state ?? 'absent';
                  const events = cell?.events ?? 0;
                  return (
                    <td
                      key={region.id}
                      data-vendor={vendor.slug}
                      data-region={region.slug}
                      data-state={state}
                    >
                      <Link
                        className={`presence-cell presence-cell--${state}`}
                        href={cellEventsHref(filters, vendor.slug, region.slug)}
                        aria-label={`${vendor.name} in ${region.name}: ${PRESENCE_LABELS[state]}, ${events === 1 ? '1 event' : `${events} events`}`}
                      >
                        <span className="presence-cell__glyph" aria-hidden="true">
                          {PRESENCE_GLYPHS[state]}
                        </span>
                        <span>{PRESENCE_LABELS[state]}</span>
                        <span className="presence-cell__count" aria-hidden="true">
                          {events}
                        </span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PresenceLegend />
    </>
  );
}

export function PresenceLegend() {
  return (
    <ul className="presence-legend" aria-label="Presence states">
      {[...PRESENCE_STATES, 'absent' as const].map((state) => (
        <li key={state}>
          <span
            className="presence-swatch"
            style={{ background: `var(--presence-${state})` }}
            aria-hidden="true"
          />
          <span aria-hidden="true">{PRESENCE_GLYPHS[state]}</span> {PRESENCE_LABELS[state]}
        </li>
      ))}
    </ul>
  );
}
