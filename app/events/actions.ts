'use server';

import type { Db, Tx } from '@/db/client';
import { listOutgoingLinks } from '@/db/queries/records';
import { AuthorizationError, createRecord, deleteRecord, updateRecord, ValidationError } from '@/db/write';
import type { Actor } from '@/lib/domain/permissions';
import {
  emptyEventValues,
  EVENT_FIELDS,
  eventInputFromValues,
  eventValuesFromRecord,
  readEventForm,
  sourceInputFromNewSource,
  validateEventValues,
  type EventValues,
  type LinkValues,
} from '@/lib/forms/event-form';
import { readList } from '@/lib/forms/form-data';
import type { FormState } from '@/lib/forms/form-state';
import { nestedValidationError, runFormAction } from '../_forms/form-action';
import { malformedFormCall } from '@/lib/forms/action-args';

// Create and edit an event from its form. An event, the sources typed inline with it and its
// links are written in one transaction through the write path: all of it is saved, or none.

export async function createEventAction(
  previous: FormState<EventValues>,
  data: FormData,
): Promise<FormState<EventValues>> {
  const malformed = malformedFormCall({ previous, data }, () => emptyEventValues());
  if (malformed) return malformed;
  return runFormAction({
    previous,
    data,
    values: readEventForm(data),
    entity: 'event',
    formPath: '/events/new',
    validate: (values) => validateEventValues(values),
    save: async (db, actor, values) => `/events/${await saveEvent(db, actor, values, null)}`,
  });
}

export async function updateEventAction(
  id: string,
  previous: FormState<EventValues>,
  data: FormData,
): Promise<FormState<EventValues>> {
  const malformed = malformedFormCall({ previous, data, ids: [id] }, () => emptyEventValues());
  if (malformed) return malformed;
  // The saved links this form showed: only those may be removed by it (links others add meanwhile stay).
  const shownLinkIds = readList(data, 'shownLinkIds');
  return runFormAction({
    previous,
    data,
    values: readEventForm(data),
    entity: 'event',
    formPath: `/events/${id}/edit`,
    validate: (values) => validateEventValues(values, id),
    save: async (db, actor, values, version) =>
      `/events/${await saveEvent(db, actor, values, { id, version, shownLinkIds })}`,
    edited: {
      id,
      fields: EVENT_FIELDS,
      toValues: async (image, db) => eventValuesFromRecord(image, await listOutgoingLinks(db, id)),
    },
  });
}

interface Existing {
  id: string;
  version: number;
  shownLinkIds: readonly string[];
}

async function saveEvent(
  db: Db,
  actor: Actor,
  values: EventValues,
  existing: Existing | null,
): Promise<string> {
  return db.transaction(async (tx) => {
    // 1. Sources typed inline become records of their own first; their ids go into the citations.
    const sourceIds: string[] = [];
    for (const [i, citation] of values.citations.entries()) {
      if (citation.sourceMode === 'new' && citation.newSource) {
        try {
          const source = await createRecord(
            db,
            'source',
            sourceInputFromNewSource(citation.newSource),
            actor,
            { tx },
          );
          sourceIds.push(source.id);
        } catch (error) {
          throw nestedValidationError(error, `citations.${i}.newSource.`);
        }
      } else {
        sourceIds.push(citation.sourceId);
      }
    }
    // 2. The event (a stale version is refused here, and everything above is rolled back).
    const input = eventInputFromValues(values, sourceIds);
    const event = existing
      ? await updateRecord(db, 'event', existing.id, existing.version, input, actor, { tx })
      : await createRecord(db, 'event', input, actor, { tx });
    // 3. Its outgoing links.
    await saveLinks(db, tx, actor, event.id, values.links, existing?.shownLinkIds ?? []);
    return event.id;
  });
}

const same = (a: string, b: string) => a.trim() === b.trim();

async function saveLinks(
  db: Db,
  tx: Tx,
  actor: Actor,
  eventId: string,
  rows: readonly LinkValues[],
  shownLinkIds: readonly string[],
) {
  const saved = shownLinkIds.length ? await listOutgoingLinks(tx, eventId) : [];
  const savedById = new Map(saved.map((link) => [link.id, link]));
  const kept = new Set(rows.map((row) => row.linkId).filter(Boolean));

  // Removed rows first, so a link re-added with the same target and type does not clash.
  for (const link of saved) {
    if (kept.has(link.id) || !shownLinkIds.includes(link.id)) continue;
    try {
      await deleteRecord(db, 'event_link', link.id, link.version, actor, { tx });
    } catch (error) {
      if (error instanceof AuthorizationError && error.reason === 'forbidden') {
        throw new ValidationError(
          {
            links: [
              'Only editors can remove a saved link: reload the form to get it back, or ask an editor to remove it.',
            ],
          },
          'links: only editors can remove saved links',
        );
      }
      throw error;
    }
  }

  for (const [i, row] of rows.entries()) {
    const fields = { toEventId: row.toEventId, type: row.type, note: row.note };
    const current = row.linkId ? savedById.get(row.linkId) : undefined;
    try {
      if (current) {
        const changed =
          !same(current.toEventId, row.toEventId) ||
          current.type !== row.type ||
          !same(current.note, row.note);
        const version = Number(row.version) || current.version;
        if (changed) await updateRecord(db, 'event_link', current.id, version, fields, actor, { tx });
      } else {
        // New, or removed by someone else meanwhile: (re)create it.
        await createRecord(db, 'event_link', { ...fields, fromEventId: eventId }, actor, { tx });
      }
    } catch (error) {
      throw nestedValidationError(error, `links.${i}.`);
    }
  }
}
