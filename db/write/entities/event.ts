import { asc, eq } from 'drizzle-orm';
import { eventInput } from '@/lib/domain/schemas';
import {
  eventOrganizations,
  eventPeople,
  eventProducts,
  events,
  eventSources,
  organizations,
  people,
  products,
  regions,
  sources,
} from '../../schema';
import { checkLiveIds, loadRow, meta, mergeErrors, type EntityDef } from '../entity';

type Row = typeof events.$inferSelect;

/**
 * An event is written whole: its row plus counterparties, actors, people, products and
 * citations. Its revision image therefore holds all of them, which is what "as known on" needs.
 */
export const eventEntity: EntityDef<typeof eventInput> = {
  type: 'event',
  table: events,
  schema: eventInput,
  toRow: (input) => ({
    title: input.title,
    summary: input.summary,
    type: input.type,
    status: input.status,
    vendorId: input.vendorId,
    regionId: input.regionId,
    counterpartyNote: input.counterpartyNote,
    dateEdtf: input.date.edtf,
    dateLo: input.date.lo,
    dateHi: input.date.hi,
    datePrecision: input.date.precision,
    dateApproximate: input.date.approximate,
    dateUncertain: input.date.uncertain,
  }),
  async checkReferences(tx, input) {
    return mergeErrors(
      await checkLiveIds(tx, organizations, [input.vendorId], 'vendorId', 'vendor', {
        column: organizations.kind,
        allowed: ['vendor'],
      }),
      await checkLiveIds(tx, regions, [input.regionId], 'regionId', 'region'),
      await checkLiveIds(tx, organizations, input.counterpartyIds, 'counterpartyIds', 'organization'),
      await checkLiveIds(tx, organizations, input.actorIds, 'actorIds', 'organization'),
      await checkLiveIds(tx, people, input.personIds, 'personIds', 'person'),
      await checkLiveIds(tx, products, input.productIds, 'productIds', 'product'),
      await checkLiveIds(
        tx,
        sources,
        input.citations.map((c) => c.sourceId),
        'citations',
        'source',
      ),
      await checkLiveIds(
        tx,
        people,
        input.citations.map((c) => c.speakerId),
        'citations',
        'speaker',
      ),
    );
  },
  async writeRelations(tx, id, input) {
    await tx.delete(eventOrganizations).where(eq(eventOrganizations.eventId, id));
    await tx.delete(eventPeople).where(eq(eventPeople.eventId, id));
    await tx.delete(eventProducts).where(eq(eventProducts.eventId, id));
    await tx.delete(eventSources).where(eq(eventSources.eventId, id));
    const orgRows = [
      ...input.counterpartyIds.map((organizationId) => ({
        eventId: id,
        organizationId,
        role: 'counterparty' as const,
      })),
      ...input.actorIds.map((organizationId) => ({ eventId: id, organizationId, role: 'actor' as const })),
    ];
    if (orgRows.length) await tx.insert(eventOrganizations).values(orgRows);
    if (input.personIds.length) {
      await tx.insert(eventPeople).values(input.personIds.map((personId) => ({ eventId: id, personId })));
    }
    if (input.productIds.length) {
      await tx
        .insert(eventProducts)
        .values(input.productIds.map((productId) => ({ eventId: id, productId })));
    }
    if (input.citations.length) {
      await tx.insert(eventSources).values(input.citations.map((c) => ({ ...c, eventId: id })));
    }
  },
  async load(executor, id) {
    const row = await loadRow<Row>(executor, events, id);
    if (!row) return undefined;
    const [orgs, persons, prods, cites] = await Promise.all([
      executor
        .select()
        .from(eventOrganizations)
        .where(eq(eventOrganizations.eventId, id))
        .orderBy(asc(eventOrganizations.organizationId)),
      executor
        .select()
        .from(eventPeople)
        .where(eq(eventPeople.eventId, id))
        .orderBy(asc(eventPeople.personId)),
      executor
        .select()
        .from(eventProducts)
        .where(eq(eventProducts.eventId, id))
        .orderBy(asc(eventProducts.productId)),
      executor.select().from(eventSources).where(eq(eventSources.eventId, id)).orderBy(asc(eventSources.id)),
    ]);
    return {
      ...meta(row),
      title: row.title,
      summary: row.summary,
      type: row.type,
      status: row.status,
      vendorId: row.vendorId,
      regionId: row.regionId,
      date: row.dateEdtf,
      counterpartyIds: orgs.filter((o) => o.role === 'counterparty').map((o) => o.organizationId),
      counterpartyNote: row.counterpartyNote,
      actorIds: orgs.filter((o) => o.role === 'actor').map((o) => o.organizationId),
      personIds: persons.map((p) => p.personId),
      productIds: prods.map((p) => p.productId),
      citations: cites.map((c) => ({
        sourceId: c.sourceId,
        quote: c.quote,
        speakerId: c.speakerId,
        stance: c.stance,
        note: c.note,
      })),
    };
  },
};
