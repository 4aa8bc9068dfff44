import { asc, eq } from 'drizzle-orm';
import { regionInput } from '@/lib/domain/schemas';
import { regionMembers, regions } from '../../schema';
import { checkLiveIds, loadRow, meta, type EntityDef } from '../entity';

type Row = typeof regions.$inferSelect;

export const regionEntity: EntityDef<typeof regionInput> = {
  type: 'region',
  table: regions,
  schema: regionInput,
  uniqueFields: { regions_slug_key: 'slug', regions_iso_code_key: 'isoCode' },
  toRow: (input) => ({
    slug: input.slug,
    name: input.name,
    kind: input.kind,
    isoCode: input.isoCode,
    isoNumeric: input.isoNumeric,
    note: input.note,
  }),
  async checkReferences(tx, input, id) {
    if (input.parentIds.includes(id)) return { parentIds: ['A region cannot contain itself'] };
    return checkLiveIds(tx, regions, input.parentIds, 'parentIds', 'region');
  },
  async writeRelations(tx, id, input) {
    await tx.delete(regionMembers).where(eq(regionMembers.childId, id));
    if (input.parentIds.length) {
      await tx.insert(regionMembers).values(input.parentIds.map((parentId) => ({ parentId, childId: id })));
    }
  },
  async load(executor, id) {
    const row = await loadRow<Row>(executor, regions, id);
    if (!row) return undefined;
    const parents = await executor
      .select({ parentId: regionMembers.parentId })
      .from(regionMembers)
      .where(eq(regionMembers.childId, id))
      .orderBy(asc(regionMembers.parentId));
    return {
      ...meta(row),
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      isoCode: row.isoCode,
      isoNumeric: row.isoNumeric,
      note: row.note,
      parentIds: parents.map((p) => p.parentId),
    };
  },
};
