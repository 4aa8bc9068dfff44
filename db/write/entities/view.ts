import { viewInput } from '@/lib/domain/schemas';
import { views } from '../../schema';
import { loadRow, meta, type EntityDef } from '../entity';

type Row = typeof views.$inferSelect;

export const viewEntity: EntityDef<typeof viewInput> = {
  type: 'view',
  table: views,
  schema: viewInput,
  uniqueFields: { views_slug_key: 'slug' },
  toRow: (input) => ({
    slug: input.slug,
    title: input.title,
    state: input.state,
    asKnownOn: input.asKnownOn ? new Date(input.asKnownOn) : null,
  }),
  async load(executor, id) {
    const row = await loadRow<Row>(executor, views, id);
    if (!row) return undefined;
    return {
      ...meta(row),
      slug: row.slug,
      title: row.title,
      state: row.state as Record<string, unknown>,
      asKnownOn: row.asKnownOn ? row.asKnownOn.toISOString() : null,
    };
  },
};
