'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getRequestActor } from '@/db/auth/actor';
import { requestDb } from '@/db/server';
import {
  AuthorizationError,
  ConflictError,
  deleteRecord,
  NotFoundError,
  restoreRecord,
  revertRecord,
  ValidationError,
  type RecordImage,
} from '@/db/write';
import { isFormData, MALFORMED_CALL_MESSAGE } from '@/lib/forms/action-args';
import { ENTITY_TYPES } from '@/lib/domain/vocabulary';
import { historyHref } from '@/lib/history/change-filters';
import { checkActionOrigin } from '@/lib/security/origin';
import type { RecordActionState } from '@/components/history/action-state';

// Editors' actions on a record's history page. The write path checks the role again (a
// contributor's forged request is refused there, not only by the hidden buttons), and the
// version read when the page was rendered guards against acting on a record changed since.

const target = z.object({
  entityType: z.enum(ENTITY_TYPES),
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
});

const revertTarget = target.extend({ toVersion: z.coerce.number().int().min(1) });

function failure(message: string): RecordActionState {
  return { status: 'error', message };
}

function explain(error: unknown): RecordActionState {
  if (error instanceof AuthorizationError) return failure(error.message);
  if (error instanceof ConflictError) {
    return failure(
      `Someone changed this record meanwhile (it is now at version ${String(error.current.version)}). The page shows the latest versions: check them and try again.`,
    );
  }
  if (error instanceof NotFoundError) return failure(error.message);
  if (error instanceof ValidationError) {
    const details = Object.entries(error.fieldErrors)
      .map(([field, messages]) => `${field === '_' ? '' : `${field}: `}${messages.join('; ')}`)
      .join(' ');
    return failure(`This cannot be done as things stand. ${details}`.trim());
  }
  throw error;
}

/** What the page says after a successful action (read back from its URL, numbers only). */
type DoneNote = { done: 'revert' | 'delete' | 'restore'; version: number; toVersion?: number };

async function run(
  formData: FormData,
  schema: typeof target | typeof revertTarget,
  work: (
    input: z.infer<typeof revertTarget> | z.infer<typeof target>,
  ) => Promise<{ image: RecordImage; note: DoneNote }>,
): Promise<RecordActionState> {
  const origin = checkActionOrigin(await headers());
  if (!origin.ok) return failure(origin.reason);
  if (!isFormData(formData)) return failure(MALFORMED_CALL_MESSAGE);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure('The request was incomplete. Reload the page and try again.');
  let outcome: { image: RecordImage; note: DoneNote };
  try {
    outcome = await work(parsed.data);
  } catch (error) {
    return explain(error);
  }
  const page = historyHref(parsed.data.entityType, outcome.image.id);
  revalidatePath(page);
  revalidatePath('/changes');
  if (parsed.data.entityType === 'event') revalidatePath(`/events/${outcome.image.id}`);
  // The page says what happened (the form that ran may be gone: a reverted-to version offers no revert).
  const query = new URLSearchParams({ done: outcome.note.done, version: String(outcome.note.version) });
  if (outcome.note.toVersion) query.set('toVersion', String(outcome.note.toVersion));
  redirect(`${page}?${query.toString()}`);
}

export async function revertToVersion(
  _state: RecordActionState,
  formData: FormData,
): Promise<RecordActionState> {
  return run(formData, revertTarget, async (input) => {
    const { entityType, id, version, toVersion } = input as z.infer<typeof revertTarget>;
    const image = await revertRecord(
      await requestDb(),
      entityType,
      id,
      toVersion,
      version,
      await getRequestActor(),
    );
    return { image, note: { done: 'revert', version: image.version, toVersion } };
  });
}

export async function deleteFromHistory(
  _state: RecordActionState,
  formData: FormData,
): Promise<RecordActionState> {
  return run(formData, target, async ({ entityType, id, version }) => {
    const image = await deleteRecord(await requestDb(), entityType, id, version, await getRequestActor());
    return { image, note: { done: 'delete', version: image.version } };
  });
}

export async function restoreFromHistory(
  _state: RecordActionState,
  formData: FormData,
): Promise<RecordActionState> {
  return run(formData, target, async ({ entityType, id, version }) => {
    const image = await restoreRecord(await requestDb(), entityType, id, version, await getRequestActor());
    return { image, note: { done: 'restore', version: image.version } };
  });
}
