import { productInput } from '@/lib/domain/schemas';
import { organizations, products } from '../../schema';
import { checkLiveIds, loadRow, meta, type EntityDef } from '../entity';

type Row = typeof products.$inferSelect;

export const productEntity: EntityDef<typeof productInput> = {
  type: 'product',
  table: products,
  schema: productInput,
  uniqueFields: { products_slug_key: 'slug' },
  toRow: (input) => ({
    slug: input.slug,
    name: input.name,
    vendorId: input.vendorId,
    category: input.category,
  }),
  checkReferences: (tx, input) =>
    checkLiveIds(tx, organizations, [input.vendorId], 'vendorId', 'vendor', {
      column: organizations.kind,
      allowed: ['vendor'],
    }),
  async load(executor, id) {
    const row = await loadRow<Row>(executor, products, id);
    if (!row) return undefined;
    return { ...meta(row), slug: row.slug, name: row.name, vendorId: row.vendorId, category: row.category };
  },
};
