import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '@/lib/domain/permissions';
import { coerceViewState, type ViewState } from '@/lib/view-state/schema';
import { newViewSlug, storedViewState } from '@/lib/view-state/saved-view';
import type { Db } from '../client';
import { views } from '../schema';
import { createRecord, ValidationError } from '../write';

// Saved, shareable views (/v/[slug]). Created through the write path (one revision each; any
// visitor may create one), read by slug.

export interface SavedView {
  id: string;
  slug: string;
  title: string;
  /** The view, with `asOf` set to the pinned moment when the view is pinned. */
  state: ViewState;
  /** The pinned moment (ISO), or null: the view shows the current data. */
  asKnownOn: string | null;
  createdAt: string;
}

/** A live saved view by slug, or null. */
export async function getViewBySlug(db: Db, slug: string): Promise<SavedView | null> {
  if (!/^[A-Za-z0-9_-]{6,32}$/.test(slug)) return null;
  const [row] = await db
    .select()
    .from(views)
    .where(and(eq(views.slug, slug), isNull(views.deletedAt)))
    .limit(1);
  if (!row) return null;
  const asKnownOn = row.asKnownOn ? row.asKnownOn.toISOString() : null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    state: { ...coerceViewState(row.state), asOf: asKnownOn },
    asKnownOn,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Saves a view under a fresh random slug (retried on the unlikely clash). `asKnownOn` pins it:
 * the view then shows the data as recorded at that moment, whatever is edited later.
 */
export async function createSavedView(
  db: Db,
  input: { state: ViewState; title: string; asKnownOn: string | null },
  actor: Actor,
  makeSlug: () => string = newViewSlug,
): Promise<SavedView> {
  const state = { ...input.state, asOf: input.asKnownOn };
  for (let attempt = 0; ; attempt++) {
    const slug = makeSlug();
    try {
      const image = await createRecord(
        db,
        'view',
        { slug, title: input.title, state: storedViewState(state), asKnownOn: input.asKnownOn },
        actor,
      );
      return {
        id: image.id,
        slug,
        title: input.title,
        state,
        asKnownOn: input.asKnownOn,
        createdAt: image.createdAt,
      };
    } catch (error) {
      const clash = error instanceof ValidationError && 'slug' in (error.fieldErrors ?? {});
      if (!clash || attempt >= 4) throw error;
    }
  }
}
