import { personInput } from '@/lib/domain/schemas';
import { organizations, people } from '../../schema';
import { checkLiveIds, loadRow, meta, type EntityDef } from '../entity';

type Row = typeof people.$inferSelect;

export const personEntity: EntityDef<typeof personInput> = {
  type: 'person',
  table: people,
  schema: personInput,
  uniqueFields: { people_slug_key: 'slug' },
  toRow: (input) => ({
    slug: input.slug,
    name: input.name,
    role: input.role,
    organizationId: input.organizationId,
  }),
  checkReferences: (tx, input) =>
    checkLiveIds(tx, organizations, [input.organizationId], 'organizationId', 'organization'),
  async load(executor, id) {
    const row = await loadRow<Row>(executor, people, id);
    if (!row) return undefined;
    return {
      ...meta(row),
      slug: row.slug,
      name: row.name,
      role: row.role,
      organizationId: row.organizationId,
    };
  },
};
