import { asc, eq } from 'drizzle-orm';
import { organizationInput } from '@/lib/domain/schemas';
import { organizationRegions, organizations, regions } from '../../schema';
import { checkLiveIds, loadRow, meta, type EntityDef } from '../entity';

type Row = typeof organizations.$inferSelect;

export const organizationEntity: EntityDef<typeof organizationInput> = {
  type: 'organization',
  table: organizations,
  schema: organizationInput,
  uniqueFields: { organizations_slug_key: 'slug' },
  toRow: (input) => ({
    slug: input.slug,
    name: input.name,
    kind: input.kind,
    hqCountry: input.hqCountry,
    website: input.website,
    description: input.description,
  }),
  checkReferences: (tx, input) => checkLiveIds(tx, regions, input.regionIds, 'regionIds', 'region'),
  async writeRelations(tx, id, input) {
    await tx.delete(organizationRegions).where(eq(organizationRegions.organizationId, id));
    if (input.regionIds.length) {
      await tx
        .insert(organizationRegions)
        .values(input.regionIds.map((regionId) => ({ organizationId: id, regionId })));
    }
  },
  async load(executor, id) {
    const row = await loadRow<Row>(executor, organizations, id);
    if (!row) return undefined;
    const links = await executor
      .select({ regionId: organizationRegions.regionId })
      .from(organizationRegions)
      .where(eq(organizationRegions.organizationId, id))
      .orderBy(asc(organizationRegions.regionId));
    return {
      ...meta(row),
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      hqCountry: row.hqCountry,
      website: row.website,
      description: row.description,
      regionIds: links.map((l) => l.regionId),
    };
  },
};
