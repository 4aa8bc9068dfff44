import 'server-only';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { getRequestActor } from '@/db/auth/actor';
import { checkActionOrigin } from '@/lib/security/origin';
import type { Db } from '@/db/client';
import { getRevisionImage, getRevisionStamp } from '@/db/queries/records';
import { getDb } from '@/db/server';
import {
  AuthorizationError,
  ConflictError,
  NotFoundError,
  ValidationError,
  type RecordImage,
} from '@/db/write';
import { decide, type Actor } from '@/lib/domain/permissions';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { FieldSpec } from '@/lib/forms/compare';
import { readVersions } from '@/lib/forms/form-data';
import { submissionAfter } from '@/lib/forms/action-args';
import { countErrors, type FormErrors, type FormState } from '@/lib/forms/form-state';
import { mergeValues } from '@/lib/forms/merge';
import { toFormErrors } from '@/lib/forms/validate';

// What every record form's server action does around its write: check who is asking, validate
// (every field at once), write through the one write path, and turn its typed errors into form
// state — field messages, the conflict view, a sign-in prompt — always echoing what was typed.
// On success it redirects to the record's page.

/** A write-path ValidationError from a nested write (an inline source, a link), re-keyed onto its form fields. */
export function nestedValidationError(error: unknown, prefix: string): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(toFormErrors(error.fieldErrors, prefix), error.message);
}

export interface EditedRecord<V> {
  id: string;
  /** The fields compared in a conflict and merged by "apply my changes on top". */
  fields: readonly FieldSpec[];
  /** How a saved image of the record reads as form values. */
  toValues: (image: RecordImage, db: Db) => V | Promise<V>;
}

export interface FormActionOptions<V> {
  previous: FormState<V>;
  /** What was submitted. */
  values: V;
  /** The submission (edits read the versions from it). */
  data: FormData;
  /** The entity written (for the permission check before anything else). */
  entity: EntityType;
  /** Every schema problem of the values to save, all at once. */
  validate: (values: V) => FormErrors;
  /** Writes through the write path; returns where to go next (the record's page). */
  save: (db: Db, actor: Actor, values: V, expectedVersion: number) => Promise<string>;
  /** The page of the form, for "sign in and come back". */
  formPath: string;
  /** Set for edit forms. */
  edited?: EditedRecord<V>;
}

const MISSING_VERSION =
  'The form did not say which version of the record it edits. Reload the page and try again.';

function signInHref(formPath: string): string {
  return `/sign-in?next=${encodeURIComponent(formPath)}`;
}

async function valuesAt<V>(
  db: Db,
  entity: EntityType,
  edited: EditedRecord<V>,
  version: number,
): Promise<V | null> {
  const image = await getRevisionImage(db, entity, edited.id, version);
  return image ? edited.toValues(image, db) : null;
}

export async function runFormAction<V extends object>(options: FormActionOptions<V>): Promise<FormState<V>> {
  const { previous, values, edited, entity } = options;
  const base: FormState<V> = {
    status: 'idle',
    message: null,
    fieldErrors: {},
    values,
    conflict: null,
    signInHref: null,
    submission: submissionAfter(previous),
  };

  // Next refuses a foreign Origin on server actions but lets a missing one through; we don't.
  const origin = checkActionOrigin(await headers());
  if (!origin.ok) return { ...base, status: 'denied', message: `${origin.reason} Nothing was saved.` };

  const actor = await getRequestActor();
  const allowed = decide(actor, edited ? 'update' : 'create', entity);
  if (!allowed.allowed) {
    const anonymous = allowed.reason === 'unauthenticated';
    return {
      ...base,
      status: 'denied',
      message: anonymous
        ? 'You are not signed in (or your session ended). Sign in, then save again: what you typed is kept here.'
        : allowed.message,
      signInHref: anonymous ? signInHref(options.formPath) : null,
    };
  }

  const db = await getDb();
  let toSave = values;
  let expectedVersion = 0;
  if (edited) {
    const { read, onto } = readVersions(options.data);
    if (read === null) return invalid(base, { _: [MISSING_VERSION] });
    expectedVersion = onto ?? read;
    if (onto !== null && onto !== read) {
      // "Apply my changes on top of version N": my changes since the version I read, onto N.
      const [readValues, ontoValues] = await Promise.all([
        valuesAt(db, entity, edited, read),
        valuesAt(db, entity, edited, onto),
      ]);
      if (readValues && ontoValues) toSave = mergeValues(readValues, ontoValues, values, edited.fields);
    }
  }

  const errors = options.validate(toSave);
  if (countErrors(errors) > 0) return invalid(base, errors);

  let destination: string;
  try {
    destination = await options.save(db, actor, toSave, expectedVersion);
  } catch (error) {
    return await failure(db, base, error, options);
  }
  redirect(destination);
}

function invalid<V>(base: FormState<V>, errors: FormErrors): FormState<V> {
  const count = countErrors(errors);
  const general = errors._?.[0];
  return {
    ...base,
    status: 'invalid',
    fieldErrors: errors,
    message:
      general && count === 1
        ? general
        : count === 1
          ? 'One field needs attention.'
          : `${count} fields need attention.`,
  };
}

async function failure<V extends object>(
  db: Db,
  base: FormState<V>,
  error: unknown,
  options: FormActionOptions<V>,
): Promise<FormState<V>> {
  const { edited, entity } = options;
  if (error instanceof ValidationError) return invalid(base, toFormErrors(error.fieldErrors));
  if (error instanceof ConflictError && edited && error.current.id === edited.id) {
    const current = error.current as RecordImage;
    const { read } = readVersions(options.data);
    const [stamp, baseValues, currentValues] = await Promise.all([
      getRevisionStamp(db, entity, current.id, current.version),
      read === null ? null : valuesAt(db, entity, edited, read),
      edited.toValues(current, db),
    ]);
    return {
      ...base,
      status: 'conflict',
      message: `Someone changed this record since you opened it: it is now at version ${current.version}. Nothing was saved.`,
      conflict: {
        version: current.version,
        actorLabel: stamp?.actorLabel ?? 'someone',
        at: stamp?.at ?? current.updatedAt,
        current: currentValues,
        base: baseValues,
      },
    };
  }
  if (error instanceof ConflictError) {
    return {
      ...base,
      status: 'error',
      message:
        'A linked record was changed by someone else while you were editing. Nothing was saved: reload the form to see the latest version, then make your changes again.',
    };
  }
  if (error instanceof AuthorizationError) {
    return {
      ...base,
      status: 'denied',
      message: error.message,
      signInHref: error.reason === 'unauthenticated' ? signInHref(options.formPath) : null,
    };
  }
  if (error instanceof NotFoundError) {
    return {
      ...base,
      status: 'error',
      message: `${error.message} It may have been deleted meanwhile; nothing was saved.`,
    };
  }
  console.error('form save failed', error);
  return {
    ...base,
    status: 'error',
    message: 'Something went wrong while saving, and nothing was saved. Try again in a moment.',
  };
}
