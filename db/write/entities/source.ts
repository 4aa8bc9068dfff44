import { sourceInput } from '@/lib/domain/schemas';
import { sources } from '../../schema';
import { loadRow, meta, type EntityDef } from '../entity';

type Row = typeof sources.$inferSelect;

export const sourceEntity: EntityDef<typeof sourceInput> = {
  type: 'source',
  table: sources,
  schema: sourceInput,
  toRow: (input) => ({
    url: input.url,
    outlet: input.outlet,
    title: input.title,
    publishedEdtf: input.published?.edtf ?? null,
    publishedOn: input.published?.lo ?? null,
    retrievedOn: input.retrievedOn,
    author: input.author,
    note: input.note,
  }),
  async load(executor, id) {
    const row = await loadRow<Row>(executor, sources, id);
    if (!row) return undefined;
    return {
      ...meta(row),
      url: row.url,
      outlet: row.outlet,
      title: row.title,
      published: row.publishedEdtf,
      retrievedOn: row.retrievedOn,
      author: row.author,
      note: row.note,
    };
  },
};
