import { sql } from 'drizzle-orm';
import countries110m from 'world-atlas/countries-110m.json';
import type { Db } from '@/db/client';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';

// Synthetic data for bench/dashboard, written straight into a fresh database by SQL
// (generate_series with a fixed random seed): 30 vendors, the 176 countries of world-atlas
// (with their ISO numeric ids, so the map colours them) in 6 groupings, 2 cities per country,
// N events over 2005-2026 with a realistic mix of types and statuses, "cancels"/"fulfils" links
// for some plans, and one revision per event. Everything is marked synthetic (slugs, names,
// descriptions, the app_meta key) and lives only in the bench's own data directory.

export const SYNTHETIC_MARK = 'Synthetic data (bench/dashboard), not real events.';

interface Geometry {
  id?: string;
  properties?: { name?: string };
}

function countries(): { iso: string; name: string }[] {
  const geometries = (countries110m as unknown as { objects: { countries: { geometries: Geometry[] } } })
    .objects.countries.geometries;
  return geometries
    .filter((g) => g.id && g.id !== '010')
    .map((g) => ({ iso: g.id!, name: g.properties?.name ?? g.id! }));
}

export async function generateSyntheticDashboard(db: Db, events = 100_000): Promise<{ events: number }> {
  const list = countries();
  const values = sql.join(
    list.map((c, i) => sql`(${i + 1}, ${c.iso}, ${c.name})`),
    sql`, `,
  );
  const types = sql.raw(`array[${EVENT_TYPES.map((t) => `'${t}'`).join(',')}]::event_type[]`);
  const statuses = sql.raw(`array[${EVENT_STATUSES.map((s) => `'${s}'`).join(',')}]::event_status[]`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    await tx.execute(sql`insert into app_meta (key, value) values ('synthetic', ${JSON.stringify({ by: 'bench/dashboard', events })}::jsonb)
      on conflict (key) do nothing`);
    await tx.execute(sql`insert into organizations (slug, name, kind, description)
      select 'synthetic-vendor-' || g, 'Synthetic vendor ' || g, 'vendor', ${SYNTHETIC_MARK} from generate_series(1, 30) g`);
    await tx.execute(sql`insert into regions (slug, name, kind, note)
      select 'synthetic-group-' || g, 'Synthetic group ' || g, 'grouping', ${SYNTHETIC_MARK} from generate_series(1, 6) g`);
    await tx.execute(sql`insert into regions (slug, name, kind, iso_numeric, note)
      select 'synthetic-country-' || v.n, v.name || ' (synthetic)', 'country', v.iso, ${SYNTHETIC_MARK}
      from (values ${values}) as v(n, iso, name)`);
    await tx.execute(sql`insert into region_members (parent_id, child_id)
      select g.id, c.id from regions c join regions g on g.slug = 'synthetic-group-' || (1 + (split_part(c.slug, '-', 3)::int % 6))
      where c.slug like 'synthetic-country-%'`);
    await tx.execute(sql`insert into regions (slug, name, kind, note)
      select 'synthetic-city-' || split_part(c.slug, '-', 3) || '-' || k, 'City ' || k || ' of ' || c.name, 'city', ${SYNTHETIC_MARK}
      from regions c cross join generate_series(1, 2) k where c.slug like 'synthetic-country-%'`);
    await tx.execute(sql`insert into region_members (parent_id, child_id)
      select c.id, city.id from regions city join regions c on c.slug = 'synthetic-country-' || split_part(city.slug, '-', 3)
      where city.slug like 'synthetic-city-%'`);
    // Events: vendor and region skewed (a few big vendors and markets), 60% happened.
    await tx.execute(sql`with v as (select array_agg(id order by slug) a from organizations where slug like 'synthetic-vendor-%'),
        r as (select array_agg(id order by slug) a from regions where slug like 'synthetic-country-%' or slug like 'synthetic-city-%'),
        g as (select n, random() rv, random() rr, random() rt, random() rs, random() rd, random() rl from generate_series(1, ${events}) n)
      insert into events (title, summary, type, status, vendor_id, region_id, date_edtf, date_lo, date_hi, date_precision)
      select 'Synthetic event ' || g.n, ${SYNTHETIC_MARK},
        (${types})[1 + floor(g.rt * ${EVENT_TYPES.length})::int],
        case when g.rs < 0.6 then 'happened'::event_status else (${statuses})[1 + floor(g.rs * ${EVENT_STATUSES.length})::int] end,
        v.a[1 + floor(power(g.rv, 2) * array_length(v.a, 1))::int],
        r.a[1 + floor(power(g.rr, 1.5) * array_length(r.a, 1))::int],
        to_char(d.lo, 'YYYY-MM-DD'), d.lo, d.lo + (case when g.rl < 0.7 then 0 else floor(g.rl * 180)::int end), 'day'
      from g cross join v cross join r
        cross join lateral (select date '2005-01-01' + floor(g.rd * 8000)::int as lo) d`);
    // Some plans get an outcome: every third pending planned entry is fulfilled or cancelled.
    await tx.execute(sql`with plans as (
        select id, vendor_id, region_id, row_number() over (order by id) k from events
        where type = 'planned_entry' and status in ('planned', 'announced', 'rumoured', 'postponed')
      ), outcomes as (
        select p.id as plan_id, e.id as outcome_id, p.k from plans p
        join lateral (select id from events o where o.vendor_id = p.vendor_id and o.status in ('happened', 'cancelled') and o.id <> p.id limit 1) e on true
        where p.k % 3 = 0
      )
      insert into event_links (from_event_id, to_event_id, type)
      select outcome_id, plan_id, case when k % 2 = 0 then 'fulfils'::event_link_type else 'cancels'::event_link_type end from outcomes
      on conflict do nothing`);
    await tx.execute(sql`insert into revisions (entity_type, entity_id, version, action, actor_label, data, created_at)
      select 'event', id, 1, 'create', 'bench/dashboard', jsonb_build_object('title', title),
        timestamptz '2026-01-01' + (row_number() over (order by id)) * interval '1 second'
      from events`);
  });
  await db.execute(sql`analyze`);
  return { events };
}
