import { z } from 'zod';
import type { EventListItem, OrgRef, RegionRef, RevisionSummary } from '@/lib/domain/dto';
import { isoDay } from '@/lib/domain/fields';
import type { PresenceEntry } from '@/lib/domain/dto';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '@/lib/domain/vocabulary';

// The analyst dashboard at `/`: its filters (the same names and meanings as /events and
// GET /api/v1/events, so a matrix cell links to exactly its events) and the panels the
// API (GET /api/v1/dashboard) returns. Every figure is aggregated in SQL (db/queries/dashboard.ts).

export type PresenceState = PresenceEntry['state'];
/** A matrix cell's state: one of the presence states, or absent (no telling event). */
export type CellState = PresenceState | 'absent';
export const CELL_STATES: readonly CellState[] = ['established', 'entered', 'planned', 'cancelled', 'exited', 'absent'];

export interface DashboardFilters {
  vendor: string[];
  region: string[];
  type: EventType[];
  status: EventStatus[];
  /** Period: events whose window overlaps [from, to] (inclusive days). */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTERS: DashboardFilters = { vendor: [], region: [], type: [], status: [], from: null, to: null };

export const DASHBOARD_PANELS = ['headline', 'quarters', 'regions', 'matrix', 'upcoming', 'overdue', 'changes'] as const;
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

// ---- query-string parsing (API) ----------------------------------------------------------

const slug = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use slugs such as "xiaomi" or "western-europe"').max(80);

const dashboardQuerySchema = z
  .object({
    vendor: z.array(slug).max(50, 'At most 50 values').default([]),
    region: z.array(slug).max(50, 'At most 50 values').default([]),
    type: z.array(z.enum(EVENT_TYPES, { message: `Use one or more of: ${EVENT_TYPES.join(', ')}` })).max(50).default([]),
    status: z.array(z.enum(EVENT_STATUSES, { message: `Use one or more of: ${EVENT_STATUSES.join(', ')}` })).max(50).default([]),
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
    panels: z
      .array(z.enum(DASHBOARD_PANELS, { message: `Use one or more of: ${DASHBOARD_PANELS.join(', ')}` }))
      .default([...DASHBOARD_PANELS]),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });

export type DashboardQuery = DashboardFilters & { panels: DashboardPanel[] };

const LIST_KEYS = new Set(['vendor', 'region', 'type', 'status', 'panels']);

export type DashboardQueryResult =
  | { ok: true; query: DashboardQuery }
  | { ok: false; parameter: string; message: string };

/** Reads the dashboard's query string; unknown parameters and invalid values are refused by name. */
export function parseDashboardQuery(params: URLSearchParams): DashboardQueryResult {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!LIST_KEYS.has(key) && key !== 'from' && key !== 'to') {
      return { ok: false, parameter: key, message: `Unknown parameter "${key}"` };
    }
    const values = params.getAll(key);
    if (LIST_KEYS.has(key)) {
      const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      if (items.length) raw[key] = [...new Set(items)];
    } else {
      if (values.length > 1) return { ok: false, parameter: key, message: `"${key}" may be given once` };
      if (values[0] !== '') raw[key] = values[0];
    }
  }
  const result = dashboardQuerySchema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, parameter: String(issue.path[0] ?? 'query'), message: issue.message };
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
