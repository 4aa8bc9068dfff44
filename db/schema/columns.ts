import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

// Columns shared by every record that goes through the write path: a random id, the version
// used for optimistic concurrency, and a soft-delete marker (deletes are never physical).
export const recordId = () => uuid('id').primaryKey().defaultRandom();

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const versioned = () => ({
  version: integer('version').notNull().default(1),
  createdAt: tstz('created_at').notNull().defaultNow(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
  deletedAt: tstz('deleted_at'),
});
