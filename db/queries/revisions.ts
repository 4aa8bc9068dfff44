import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { RevisionSummary } from '@/lib/domain/dto';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { revisions } from '../schema';

function labelOf(data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'name', 'slug'])
    if (typeof d[key] === 'string' && d[key]) return d[key] as string;
  if (typeof d.type === 'string') return d.type.replace('_', ' ');
  return '';
}

type RevisionRow = typeof revisions.$inferSelect;

export function toSummary(r: RevisionRow): RevisionSummary {
  return {
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    version: r.version,
    action: r.action,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt.toISOString(),
    label: labelOf(r.data),
  };
}

/** A record's history, newest first. */
export async function listRevisionsOf(
  db: Db,
  entityType: EntityType,
  entityId: string,
): Promise<RevisionSummary[]> {
  const rows = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId)))
    .orderBy(desc(revisions.version));
  return rows.map(toSummary);
}

/** The most recent writes of any record. */
export async function listRecentChanges(db: Db, limit = 20): Promise<RevisionSummary[]> {
  const rows = await db
    .select()
    .from(revisions)
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit);
  return rows.map(toSummary);
}
