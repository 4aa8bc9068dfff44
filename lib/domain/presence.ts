import type { EventListItem, PresenceEntry, RegionRef } from './dto';
import type { EventStatus, EventType } from './vocabulary';

// Where a vendor stands in a region, derived from its events there. The strongest fact wins:
// an exit outranks an entry, an entry outranks a plan, a plan outranks a cancelled deal.

type State = PresenceEntry['state'];

/** Rank of each state (the strongest wins). The dashboard's SQL (db/queries/dashboard-sql.ts) uses the same numbers. */
export const PRESENCE_RANK: Record<State, number> = {
  exited: 5,
  established: 4,
  entered: 3,
  planned: 2,
  cancelled: 1,
};
const RANK = PRESENCE_RANK;

/** Event types that put a vendor's phones on sale in a region when they happened. */
export const ENTRY_TYPES: ReadonlySet<EventType> = new Set([
  'market_entry',
  'store_opening',
  'carrier_partnership',
  'product_launch',
]);

/** Statuses of a plan not yet resolved. */
export const PENDING_STATUSES: readonly EventStatus[] = ['rumoured', 'planned', 'announced', 'postponed'];

/** Event types that can be a plan to enter (a planned entry, or an entry announced ahead). */
export const PLAN_TYPES: readonly EventType[] = ['planned_entry', ...ENTRY_TYPES];

export function presenceStateOf(type: EventType, status: EventStatus): State | null {
  if (type === 'market_exit' && status === 'happened') return 'exited';
  if (type === 'presence' && status === 'happened') return 'established';
  if (ENTRY_TYPES.has(type) && status === 'happened') return 'entered';
  if (PLAN_TYPES.includes(type) && PENDING_STATUSES.includes(status)) {
    return 'planned';
  }
  if (type === 'partnership_cancelled' || status === 'cancelled') return 'cancelled';
  return null;
}

type PresenceInput = Pick<EventListItem, 'id' | 'title' | 'type' | 'status' | 'region' | 'date'>;

export function derivePresence(events: readonly PresenceInput[]): PresenceEntry[] {
  const byRegion = new Map<string, { region: RegionRef; state: State; event: PresenceInput }>();
  for (const event of events) {
    if (!event.region) continue;
    const state = presenceStateOf(event.type, event.status);
    if (!state) continue;
    const current = byRegion.get(event.region.id);
    const stronger = !current || RANK[state] > RANK[current.state];
    const sameButLater =
      current && RANK[state] === RANK[current.state] && event.date.lo > current.event.date.lo;
    if (stronger || sameButLater) byRegion.set(event.region.id, { region: event.region, state, event });
  }
  return [...byRegion.values()]
    .sort((a, b) => RANK[b.state] - RANK[a.state] || a.region.name.localeCompare(b.region.name))
    .map(({ region, state, event }) => ({
      region,
      state,
      latestEvent: { id: event.id, title: event.title, dateLabel: event.date.label },
    }));
}
