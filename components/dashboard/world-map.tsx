'use client';

import type { CellState, PresenceMatrix } from '@/lib/dashboard/types';
import type { OrgRef } from '@/lib/domain/dto';
import { PresenceLegend } from './presence-matrix';
import { PRESENCE_LABELS, PRESENCE_STATES } from './presence-labels';

export interface MapShape {
  id: string;
  name: string;
  d: string;
}

/** The vendor the map shows: the one in the URL when it is in the matrix, else the vendor present in most regions. */
export function mapVendorOf(matrix: PresenceMatrix, wanted: string | null): OrgRef | null {
  if (wanted) {
    const found = matrix.vendors.find((v) => v.slug === wanted);
    if (found) return found;
  }
  let best: OrgRef | null = null;
  let bestCount = -1;
  for (const vendor of matrix.vendors) {
    const n = matrix.cells.filter((c) => c.vendor === vendor.slug && c.state !== 'absent').length;
    if (n > bestCount) {
      best = vendor;
      bestCount = n;
    }
  }
  return best;
}

interface WorldMapProps {
  shapes: MapShape[];
  width: number;
  height: number;
  matrix: PresenceMatrix;
  vendor: OrgRef | null;
  onVendorChange: (slug: string) => void;
}

/** A world map (Equal Earth, Natural Earth 1:110m outlines) coloured by one vendor's presence per country. */
export function WorldMap({ shapes, width, height, matrix, vendor, onVendorChange }: WorldMapProps) {
  const stateByIso = new Map<string, CellState>();
  const byState = new Map<CellState, string[]>();
  if (vendor) {
    const regionBySlug = new Map(matrix.regions.map((r) => [r.slug, r]));
    for (const cell of matrix.cells) {
      if (cell.vendor !== vendor.slug || cell.state === 'absent') continue;
      const region = regionBySlug.get(cell.region);
      if (!region) continue;
      if (region.isoNumeric) stateByIso.set(region.isoNumeric, cell.state);
      byState.set(cell.state, [...(byState.get(cell.state) ?? []), region.name]);
    }
  }
  const name = vendor?.name ?? 'no vendor';
  const summary = PRESENCE_STATES.filter((s) => byState.has(s))
    .map((s) => `${PRESENCE_LABELS[s].toLowerCase()} in ${byState.get(s)!.join(', ')}`)
    .join('; ');
  return (
    <div className="world-map">
      <div className="world-map__controls">
        <div>
          <label htmlFor="map-vendor">Vendor shown on the map</label>
          <select
            id="map-vendor"
            value={vendor?.slug ?? ''}
            onChange={(e) => onVendorChange(e.target.value)}
            disabled={!vendor}
          >
            {matrix.vendors.map((v) => (
              <option key={v.id} value={v.slug}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <svg
        className="world-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="world-map-title"
        aria-describedby="world-map-desc"
        data-chart="map"
        data-vendor={vendor?.slug ?? ''}
      >
        <title id="world-map-title">{`Where ${name} is present`}</title>
        <desc id="world-map-desc">
          {summary ? `${name}: ${summary}. Other countries: absent.` : `${name} has no presence shown.`}
        </desc>
        {shapes.map((shape) => {
          const state = stateByIso.get(shape.id) ?? 'absent';
          return (
            <path
              key={shape.id}
              d={shape.d}
              className={`map-country map-country--${state}`}
              data-iso={shape.id}
              data-state={state}
            >
              <title>{`${shape.name}: ${PRESENCE_LABELS[state]}`}</title>
            </path>
          );
        })}
      </svg>
      <PresenceLegend />
      <div className="world-map__text">
        <p>
          <strong>{name}</strong> on the map (text version):
        </p>
        {summary ? (
          <ul>
            {PRESENCE_STATES.filter((s) => byState.has(s)).map((s) => (
              <li key={s}>
                {PRESENCE_LABELS[s]}: {byState.get(s)!.join(', ')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No presence among the events shown.</p>
        )}
      </div>
    </div>
  );
}
