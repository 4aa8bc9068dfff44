import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { SavedLink } from '@/lib/forms/event-form';
import type { Executor } from '../client';
import { eventLinks, organizations, people, products, regions, revisions } from '../schema';
import { ENTITIES } from '../write/entities';
import type { RecordImage } from '../write/entity';

// A record's editable image (what the write path stores and the forms edit), with who wrote
// its current version. Edit pages and the conflict view read from here.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RevisionStamp {
  actorLabel: string;
  /** ISO 8601. */
  at: string;
}

export interface EditableRecord {
  image: RecordImage;
  /** Who wrote the current version, when; null if no revision was recorded. */
  stamp: RevisionStamp | null;
}

/** Who wrote `version` of a record, and when. */
export async function getRevisionStamp(
  db: Executor,
  type: EntityType,
  id: string,
  version: number,
): Promise<RevisionStamp | null> {
  const [row] = await db
    .select({ actorLabel: revisions.actorLabel, createdAt: revisions.createdAt })
    .from(revisions)
    .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id), eq(revisions.version, version)))
    .limit(1);
  return row ? { actorLabel: row.actorLabel, at: row.createdAt.toISOString() } : null;
}

/** A live (not deleted) record's image, or null. */
export async function getEditableRecord(
  db: Executor,
  type: EntityType,
  id: string,
): Promise<EditableRecord | null> {
  if (!UUID.test(id)) return null;
  const image = await ENTITIES[type].load(db, id);
  if (!image || image.deletedAt) return null;
  return { image, stamp: await getRevisionStamp(db, type, id, image.version) };
}

const SLUG_TABLES = {
  organization: organizations,
  region: regions,
  person: people,
  product: products,
} as const;
export type SlugEntity = keyof typeof SLUG_TABLES;

/** The id of a live record named by its slug. */
export async function findIdBySlug(db: Executor, type: SlugEntity, slug: string): Promise<string | null> {
  const table = SLUG_TABLES[type];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.slug, slug), isNull(table.deletedAt)))
    .limit(1);
  return row?.id ?? null;
}

/** A live record named by slug, as an editable image. */
export async function getEditableBySlug(
  db: Executor,
  type: SlugEntity,
  slug: string,
): Promise<EditableRecord | null> {
  const id = await findIdBySlug(db, type, slug);
  return id ? getEditableRecord(db, type, id) : null;
}

/** The live links going out of an event (the ones its edit form manages), with their versions. */
export async function listOutgoingLinks(db: Executor, eventId: string): Promise<SavedLink[]> {
  return db
    .select({
      id: eventLinks.id,
      version: eventLinks.version,
      type: eventLinks.type,
      toEventId: eventLinks.toEventId,
      note: eventLinks.note,
    })
    .from(eventLinks)
    .where(and(eq(eventLinks.fromEventId, eventId), isNull(eventLinks.deletedAt)))
    .orderBy(asc(eventLinks.createdAt), asc(eventLinks.id));
}

/** The full after-image a record had at `version` (from its revisions), or null. */
export async function getRevisionImage(
  db: Executor,
  type: EntityType,
  id: string,
  version: number,
): Promise<RecordImage | null> {
  const [row] = await db
    .select({ data: revisions.data })
    .from(revisions)
    .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id), eq(revisions.version, version)))
    .limit(1);
  return (row?.data as RecordImage | undefined) ?? null;
}
