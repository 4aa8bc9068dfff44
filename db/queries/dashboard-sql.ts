import { sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard/types';
import { ENTRY_TYPES, PENDING_STATUSES, PLAN_TYPES, PRESENCE_RANK } from '@/lib/domain/presence';
import { eventFilterConditions } from './events';

// The dashboard's SQL, one builder per panel, shared by db/queries/dashboard.ts (the app and
// the API) and bench/dashboard (which times the very same statements on their own). Every
// aggregate is computed by the database: GROUP BY, FILTER, DISTINCT ON and window functions;
// JavaScript only reshapes the (small) aggregated rows.
//
// `f` is the set of live events matching the filters (the same conditions as /events, so a
// matrix cell's link lists exactly the events it counts). Regions roll up to their country:
// an event in Madrid counts for Spain; an event in a region with no country above it (Europe,
// a grouping) counts for that region itself.

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Vocabulary constants inlined as literals (never user input): the planner then matches partial indexes. */
const literals = (values: readonly string[]) =>
  sql.raw(
    values
      .map((v) => {
        if (!/^[a-z_]+$/.test(v)) throw new Error(`not a vocabulary value: ${v}`);
        return `'${v}'`;
      })
      .join(', '),
  );

/** PRESENCE_RANK as a CASE over (type, status), mirroring presenceStateOf (lib/domain/presence.ts). */
export const rankCase: SQL = sql`(case
    when type = 'market_exit' and status = 'happened' then ${sql.raw(String(PRESENCE_RANK.exited))}
    when type = 'presence' and status = 'happened' then ${sql.raw(String(PRESENCE_RANK.established))}
    when type in (${literals([...ENTRY_TYPES])}) and status = 'happened' then ${sql.raw(String(PRESENCE_RANK.entered))}
    when type in (${literals(PLAN_TYPES)}) and status in (${literals(PENDING_STATUSES)}) then ${sql.raw(String(PRESENCE_RANK.planned))}
    when type = 'partnership_cancelled' or status = 'cancelled' then ${sql.raw(String(PRESENCE_RANK.cancelled))}
  end)`;

/** Rank number → state name, for the mappers. */
export const STATE_OF_RANK = Object.fromEntries(
  Object.entries(PRESENCE_RANK).map(([state, rank]) => [rank, state]),
) as Record<number, keyof typeof PRESENCE_RANK>;

/**
 * An open plan (alias `e`): a plan type with a pending status and no outcome that happened or
 * was cancelled linked to it (fulfils / cancels / supersedes).
 */
export function openPlan(alias = 'events'): SQL {
  const e = sql.raw(alias);
  return sql`(${e}.type in (${literals(PLAN_TYPES)}) and ${e}.status in (${literals(PENDING_STATUSES)})
    and not exists (
      select 1 from event_links l join events o on o.id = l.from_event_id
      where l.to_event_id = ${e}.id and l.deleted_at is null and o.deleted_at is null
        and l.type in ('fulfils', 'cancels', 'supersedes') and o.status in ('happened', 'cancelled')
    ))`;
}

function toEventFilters(filters: DashboardFilters) {
  return {
    vendor: filters.vendor.length ? filters.vendor : undefined,
    region: filters.region.length ? filters.region : undefined,
    type: filters.type.length ? filters.type : undefined,
    status: filters.status.length ? filters.status : undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
  };
}

/** WHERE of the live events matching the filters (table `events`, unaliased). */
export function filteredWhere(filters: DashboardFilters): SQL {
  const conditions = [sql`events.deleted_at is null`, ...eventFilterConditions(toEventFilters(filters))];
  return sql.join(conditions, sql` and `);
}

export function hasFilters(filters: DashboardFilters): boolean {
  return Boolean(
    filters.vendor.length ||
    filters.region.length ||
    filters.type.length ||
    filters.status.length ||
    filters.from ||
    filters.to,
  );
}

/** region_id → display_id (the nearest country at or above it, else itself), for the regions of `f`. */
const displayRegions = sql`rs as (select distinct region_id from f where region_id is not null),
  up(region_id, ancestor_id, depth) as (
    select region_id, region_id, 0 from rs
    union all
    select up.region_id, m.parent_id, up.depth + 1 from up join region_members m on m.child_id = up.ancestor_id
    where up.depth < 8
  ),
  disp as (
    select distinct on (up.region_id) up.region_id, up.ancestor_id as display_id
    from up join regions r on r.id = up.ancestor_id and r.deleted_at is null
    order by up.region_id, (r.kind = 'country') desc, up.depth
  )`;

export function headlineSql(filters: DashboardFilters, today: string): SQL {
  // One scan, grouped by (vendor, region) in a hash aggregate; the distinct counts then run
  // over those few groups (count(distinct) over every event would sort them all).
  return sql`with g as (
      select e.vendor_id, e.region_id, count(*) as n,
        count(*) filter (where e.open) as pending,
        count(*) filter (where e.open and e.date_hi < ${today}::date) as overdue
      from (select events.vendor_id, events.region_id, events.date_hi, ${openPlan()} as open
            from events where ${filteredWhere(filters)}) e
      group by e.vendor_id, e.region_id
    )
    select coalesce(sum(n), 0)::int as events, count(distinct vendor_id)::int as vendors,
      count(distinct region_id)::int as regions, coalesce(sum(pending), 0)::int as plans_pending,
      coalesce(sum(overdue), 0)::int as plans_overdue
    from g`;
}

export function quartersSql(filters: DashboardFilters): SQL {
  // Group on the truncated date first; format the (few) quarters afterwards.
  return sql`select to_char(q.quarter, 'YYYY-"Q"Q') as quarter, q.type, q.n from (
      select date_trunc('quarter', events.date_lo) as quarter, events.type as type, count(*)::int as n
      from events where ${filteredWhere(filters)}
      group by 1, 2
    ) q order by q.quarter, q.type`;
}

// The aggregates below first group the matching events by their own region (a hash aggregate
// over one scan), then roll those few rows up to the display region.

export function regionEntriesSql(filters: DashboardFilters, limit = 15): SQL {
  return sql`with recursive f as (
      select events.region_id,
        count(*) filter (where ${rankCase} = 5) as exited,
        count(*) filter (where ${rankCase} = 4) as established,
        count(*) filter (where ${rankCase} = 3) as entered,
        count(*) filter (where ${rankCase} = 2) as planned,
        count(*) filter (where ${rankCase} = 1) as cancelled
      from events where ${filteredWhere(filters)} and events.region_id is not null
      group by events.region_id
    ), ${displayRegions},
    counts as (
      select d.display_id, sum(f.exited)::int as exited, sum(f.established)::int as established, sum(f.entered)::int as entered,
        sum(f.planned)::int as planned, sum(f.cancelled)::int as cancelled,
        sum(f.exited + f.established + f.entered + f.planned + f.cancelled)::int as total
      from f join disp d on d.region_id = f.region_id
      group by d.display_id
    )
    select r.id, r.slug, r.name, r.kind, r.iso_code, c.exited, c.established, c.entered, c.planned, c.cancelled
    from counts c join regions r on r.id = c.display_id
    where c.total > 0
    order by c.entered + c.established desc, c.total desc, r.name
    limit ${limit}`;
}

/** Cells: (vendor, display region) with the strongest state and the number of events. */
export function matrixSql(filters: DashboardFilters): SQL {
  return sql`with recursive f as (
      select events.vendor_id, events.region_id, max(${rankCase}) as rank, count(*) as n from events
      where ${filteredWhere(filters)} and events.vendor_id is not null and events.region_id is not null
      group by events.vendor_id, events.region_id
    ), ${displayRegions}
    select o.slug as vendor, r.slug as region, max(f.rank)::int as rank, sum(f.n)::int as n
    from f join disp d on d.region_id = f.region_id
      join organizations o on o.id = f.vendor_id and o.kind = 'vendor'
      join regions r on r.id = d.display_id
    group by o.slug, r.slug`;
}

/** Rows and columns of the matrix: the vendors asked for (all when none), the regions of any cell with a state. */
export function matrixAxesSql(filters: DashboardFilters): { vendors: SQL; regions: SQL } {
  const vendorWhere = filters.vendor.length ? sql` and slug in (${list(filters.vendor)})` : sql``;
  return {
    vendors: sql`select id, slug, name, kind from organizations where kind = 'vendor' and deleted_at is null${vendorWhere} order by name`,
    regions: sql`with recursive f as (
        select distinct events.region_id from events
        where ${filteredWhere(filters)} and events.vendor_id is not null and ${rankCase} is not null
      ), ${displayRegions}
      select r.id, r.slug, r.name, r.kind, r.iso_code, r.iso_numeric
      from regions r where r.id in (select display_id from disp)
      order by case r.kind when 'global' then 0 when 'continent' then 1 when 'grouping' then 2 when 'country' then 3 else 4 end, r.name`,
  };
}

/** Open plans whose window has not ended (upcoming) or has (overdue). Returns ids in display order. */
export function plansSql(
  filters: DashboardFilters,
  today: string,
  which: 'upcoming' | 'overdue',
  limit = 8,
): SQL {
  const when =
    which === 'upcoming' ? sql`events.date_hi >= ${today}::date` : sql`events.date_hi < ${today}::date`;
  const order =
    which === 'upcoming'
      ? sql`events.date_lo, events.date_hi, events.id`
      : sql`events.date_hi desc, events.id`;
  return sql`select events.id from events
    where ${filteredWhere(filters)} and ${when} and ${openPlan()}
    order by ${order} limit ${limit}`;
}

/** Recent revisions: of any record when nothing is filtered, else of the matching events. */
export function changesSql(filters: DashboardFilters, limit = 10): SQL {
  const where = hasFilters(filters)
    ? sql`where rv.entity_type = 'event' and rv.entity_id in (select events.id from events where ${filteredWhere(filters)})`
    : sql``;
  return sql`select rv.id from revisions rv ${where} order by rv.created_at desc, rv.id desc limit ${limit}`;
}

/**
 * Roll-up of a region with members (Western Europe): per vendor, its first entry into any
 * member (at any depth: Madrid counts for Spain) and how many of the members it has entered.
 */
export function regionRollupSql(regionId: string): SQL {
  return sql`with recursive members as (
      select r.id from region_members m join regions r on r.id = m.child_id
      where m.parent_id = ${regionId}::uuid and r.deleted_at is null
    ),
    tree(member_id, region_id) as (
      select id, id from members
      union
      select t.member_id, m.child_id from tree t join region_members m on m.parent_id = t.region_id
    ),
    entries as (
      select e.id, e.vendor_id, t.member_id, e.date_lo,
        row_number() over (partition by e.vendor_id order by e.date_lo, e.date_hi, e.id, t.member_id) as rn
      from events e join tree t on t.region_id = e.region_id
      where e.deleted_at is null and e.vendor_id is not null and e.status = 'happened'
        and e.type in (${literals(['presence', ...ENTRY_TYPES])})
    )
    select o.id as vendor_id, o.slug as vendor_slug, o.name as vendor_name, o.kind as vendor_kind,
      ev.id as event_id, ev.title, ev.date_edtf, ev.date_lo::text as date_lo,
      mr.id as member_id, mr.slug as member_slug, mr.name as member_name, mr.kind as member_kind, mr.iso_code as member_iso,
      per.entered, (select count(*) from members)::int as total
    from entries first
      join (select vendor_id, count(distinct member_id)::int as entered from entries group by vendor_id) per
        on per.vendor_id = first.vendor_id
      join organizations o on o.id = first.vendor_id and o.deleted_at is null
      join events ev on ev.id = first.id
      join regions mr on mr.id = first.member_id
    where first.rn = 1
    order by ev.date_lo, o.name`;
}
