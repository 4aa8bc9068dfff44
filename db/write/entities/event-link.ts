import { eventLinkInput } from '@/lib/domain/schemas';
import { eventLinks, events } from '../../schema';
import { checkLiveIds, loadRow, meta, mergeErrors, type EntityDef } from '../entity';

type Row = typeof eventLinks.$inferSelect;

export const eventLinkEntity: EntityDef<typeof eventLinkInput> = {
  type: 'event_link',
  table: eventLinks,
  schema: eventLinkInput,
  uniqueFields: { event_links_unique_live: 'toEventId' },
  toRow: (input) => ({
    fromEventId: input.fromEventId,
    toEventId: input.toEventId,
    type: input.type,
    note: input.note,
  }),
  async checkReferences(tx, input) {
    return mergeErrors(
      await checkLiveIds(tx, events, [input.fromEventId], 'fromEventId', 'event'),
      await checkLiveIds(tx, events, [input.toEventId], 'toEventId', 'event'),
    );
  },
  async load(executor, id) {
    const row = await loadRow<Row>(executor, eventLinks, id);
    if (!row) return undefined;
    return {
      ...meta(row),
      fromEventId: row.fromEventId,
      toEventId: row.toEventId,
      type: row.type,
      note: row.note,
    };
  },
};
