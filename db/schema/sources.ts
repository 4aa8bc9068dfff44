import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { people } from './catalog';
import { recordId, versioned } from './columns';
import { citationStance } from './enums';
import { events } from './events';

/** A published piece (article, interview, filing). Its URL, when known, is http(s) only. */
export const sources = pgTable(
  'sources',
  {
    id: recordId(),
    url: text('url'),
    outlet: text('outlet').notNull(),
    title: text('title').notNull(),
    /** EDTF; an outlet's date can be known to the day or only to the month. */
    publishedEdtf: text('published_edtf'),
    publishedOn: date('published_on', { mode: 'string' }),
    retrievedOn: date('retrieved_on', { mode: 'string' }),
    author: text('author').notNull().default(''),
    note: text('note').notNull().default(''),
    ...versioned(),
  },
  (t) => [
    index('sources_outlet_idx').on(t.outlet),
    check('sources_url_http', sql`${t.url} is null or ${t.url} ~ '^https?://'`),
  ],
);

/**
 * A citation: the passage of a source that supports (or contradicts) an event, with who said it.
 * Written as part of the event record.
 */
export const eventSources = pgTable(
  'event_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id),
    quote: text('quote').notNull().default(''),
    speakerId: uuid('speaker_id').references(() => people.id),
    stance: citationStance('stance').notNull().default('supports'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('event_sources_event_idx').on(t.eventId), index('event_sources_source_idx').on(t.sourceId)],
);
