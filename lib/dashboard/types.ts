import type { EventListItem, OrgRef, RegionRef, RevisionSummary } from '@/lib/domain/dto';
import type { PresenceEntry } from '@/lib/domain/dto';
import type { EventStatus, EventType } from '@/lib/domain/vocabulary';

// Types and small helpers only (no zod): the browser imports this module. The API's parser is
// in ./query.ts.
//
// The analyst dashboard at `/`: its filters (the same names and meanings as /events and
// GET /api/v1/events, so a matrix cell links to exactly its events) and the panels the
// API (GET /api/v1/dashboard) returns. Every figure is aggregated in SQL (db/queries/dashboard.ts).

export type PresenceState = PresenceEntry['state'];
/** A matrix cell's state: one of the presence states, or absent (no telling event). */
export type CellState = PresenceState | 'absent';
export const CELL_STATES: readonly CellState[] = [
  'established',
  'entered',
  'planned',
  'cancelled',
  'exited',
  'absent',
];

export interface DashboardFilters {
  vendor: string[];
  region: string[];
  type: EventType[];
  status: EventStatus[];
  /** Period: events whose window overlaps [from, to] (inclusive days). */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTERS: DashboardFilters = {
  vendor: [],
  region: [],
  type: [],
  status: [],
  from: null,
  to: null,
};

export const DASHBOARD_PANELS = [
  'headline',
  'quarters',
  'regions',
  'matrix',
  'upcoming',
  'overdue',
  'changes',
] as const;
export type DashboardPanel = (typeof DASHBOARD_PANELS)[number];

export interface Headline {
  /** Vendors, regions and events among the events matching the filters. */
  vendors: number;
  regions: number;
  events: number;
  /** Plans (pending status, no happened/cancelled outcome linked) — all of them, and those whose window has passed. */
  plansPending: number;
  plansOverdue: number;
}

export interface QuarterRow {
  /** "2018-Q1": the quarter of the start of the event's date window. */
  quarter: string;
  total: number;
  counts: Partial<Record<EventType, number>>;
}

export interface RegionEntryRow {
  region: RegionRef;
  counts: Record<PresenceState, number>;
}

export interface MatrixRegion extends RegionRef {
  /** ISO 3166-1 numeric (world-atlas shape id) of a country, else null. */
  isoNumeric: string | null;
}

export interface MatrixCell {
  vendor: string;
  region: string;
  state: CellState;
  /** Events of this vendor in the region (and its member regions) matching the filters. */
  events: number;
}

export interface PresenceMatrix {
  vendors: OrgRef[];
  regions: MatrixRegion[];
  /** Only cells with at least one event; every other cell is absent with no events. */
  cells: MatrixCell[];
}

export interface DashboardData {
  /** The day "overdue" is measured against (UTC). */
  today: string;
  headline?: Headline;
  quarters?: QuarterRow[];
  regions?: RegionEntryRow[];
  matrix?: PresenceMatrix;
  upcoming?: EventListItem[];
  overdue?: EventListItem[];
  changes?: RevisionSummary[];
}

export type FullDashboardData = Required<DashboardData>;

export interface RegionRollupVendor {
  vendor: OrgRef;
  /** The vendor's first entry (happened entry or presence event) into any member, at any depth. */
  firstEntry: { eventId: string; title: string; dateLabel: string; dateLo: string; member: RegionRef };
  membersEntered: number;
  membersTotal: number;
  /** membersEntered / membersTotal, 0..1. */
  share: number;
}

export interface RegionRollup {
  region: RegionRef;
  members: RegionRef[];
  vendors: RegionRollupVendor[];
}

/** Filters as a query string in a canonical order (sorted lists), for API URLs and cache keys. */
export function filtersQuery(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['vendor', 'region', 'type', 'status'] as const) {
    if (filters[key].length) params.set(key, [...filters[key]].sort().join(','));
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** The /events listing of a matrix cell (or any vendor/region pair) under the current filters. */
export function cellEventsHref(filters: DashboardFilters, vendor: string, region: string): string {
  return `/events?${filtersQuery({ ...filters, vendor: [vendor], region: [region] })}`;
}
