import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL subquery of the ids of the regions named by `slugs` and of all their members, at any
 * depth (Western Europe → Spain → Madrid). Membership is a graph, so UNION (not UNION ALL)
 * also stops on accidental cycles.
 */
export function regionAndMembersIds(slugs: readonly string[]): SQL {
  const list = sql.join(
    slugs.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`(with recursive tree(id) as (
      select id from regions where slug in (${list}) and deleted_at is null
      union
      select m.child_id from region_members m join tree on m.parent_id = tree.id
    ) select id from tree)`;
}

/** Same, from a region id. */
export function regionAndMembersIdsById(id: string): SQL {
  return sql`(with recursive tree(id) as (
      select ${id}::uuid
      union
      select m.child_id from region_members m join tree on m.parent_id = tree.id
    ) select id from tree)`;
}
