import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { organizations, people, products, regions } from '@/db/schema';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  revertRecord,
  updateRecord,
  type RecordImage,
} from '@/db/write';
import { ENTITIES } from '@/db/write/entities';
import { readJsonObject } from '@/lib/api/body';
import { ApiError, invalidBody, notFound } from '@/lib/api/errors';
import { etag, expectedVersionOf } from '@/lib/api/preconditions';
import { jsonResponse } from '@/lib/api/responses';
import { IGNORED_BODY_FIELDS, isUuid, unknownFields, type WriteResource } from '@/lib/api/write-resources';
import { decide, type Actor, type WriteAction } from '@/lib/domain/permissions';
import type { EntityType } from '@/lib/domain/vocabulary';

// The write API's behaviour, independent of how the request was authenticated: each function
// takes the database, the actor and the request, and goes through the one write path
// (db/write), which checks roles, validates, checks the version and writes one revision.
// Route files add the Origin check and the actor (./mutation.ts); the integration tests call
// these directly.

const SLUG_COLUMNS: Partial<
  Record<
    EntityType,
    {
      table: typeof organizations | typeof regions | typeof people | typeof products;
      slug: PgColumn;
      id: PgColumn;
    }
  >
> = {
  organization: { table: organizations, slug: organizations.slug, id: organizations.id },
  region: { table: regions, slug: regions.slug, id: regions.id },
  person: { table: people, slug: people.slug, id: people.id },
  product: { table: products, slug: products.slug, id: products.id },
};

export function unauthenticated(message: string, error?: 'invalid_token'): ApiError {
  return new ApiError(
    401,
    { code: 'unauthenticated', message },
    {
      'WWW-Authenticate': `Bearer realm="beachhead"${error ? `, error="${error}"` : ''}`,
    },
  );
}

/**
 * Refuses early (before reading the body) what the write path would refuse anyway: 401 for an
 * anonymous caller, 403 for a role too low. The write path checks again where it writes.
 */
export function precheckRole(actor: Actor, action: WriteAction, type: EntityType): void {
  const decision = decide(actor, action, type);
  if (decision.allowed) return;
  if (decision.reason === 'unauthenticated') {
    throw unauthenticated(
      'Sign in, or send a personal API token as Authorization: Bearer bh_…, to make changes.',
    );
  }
  throw new ApiError(403, { code: 'forbidden', message: decision.message });
}

function itemPath(resource: WriteResource, image: RecordImage): string {
  const key = resource.key === 'id-or-slug' && typeof image.slug === 'string' ? image.slug : image.id;
  return `/api/v1/${resource.name}/${encodeURIComponent(key)}`;
}

export function recordResponse(resource: WriteResource, image: RecordImage, status = 200): Response {
  const headers: Record<string, string> = { ETag: etag(image.version) };
  if (status === 201) headers.Location = itemPath(resource, image);
  return jsonResponse(image, { status, headers });
}

/** The record's id from the path: a UUID, or (organizations, regions, people, products) a slug, deleted records included. */
export async function resolveRecordId(db: Db, resource: WriteResource, key: string): Promise<string> {
  if (isUuid(key)) return key.toLowerCase();
  const bySlug = resource.key === 'id-or-slug' ? SLUG_COLUMNS[resource.type] : undefined;
  if (!bySlug) throw notFound(`No ${resource.label} with id "${key}" (ids are UUIDs).`);
  const [row] = await db.select({ id: bySlug.id }).from(bySlug.table).where(eq(bySlug.slug, key)).limit(1);
  if (!row) throw notFound(`No ${resource.label} with slug "${key}".`);
  return row.id as string;
}

function refuseUnknownFields(
  resource: WriteResource,
  body: Record<string, unknown>,
  allowed: readonly string[] = [],
) {
  const errors = unknownFields(resource, body, allowed);
  const first = Object.entries(errors)[0];
  if (first) {
    throw new ApiError(400, {
      code: 'validation_failed',
      message: `${first[0]}: ${first[1][0]}`,
      fieldErrors: errors,
    });
  }
}

/** POST /{resource}: the full record as the entity's input schema states it. 201 with Location and ETag. */
export async function apiCreate(
  db: Db,
  actor: Actor,
  resource: WriteResource,
  request: Request,
): Promise<Response> {
  precheckRole(actor, 'create', resource.type);
  const body = await readJsonObject(request);
  refuseUnknownFields(resource, body);
  const image = await createRecord(db, resource.type, body, actor);
  return recordResponse(resource, image, 201);
}

/** PATCH /{resource}/{key}: the fields to change, merged onto the version read (If-Match or body `version`). */
export async function apiUpdate(
  db: Db,
  actor: Actor,
  resource: WriteResource,
  key: string,
  request: Request,
): Promise<Response> {
  precheckRole(actor, 'update', resource.type);
  const body = await readJsonObject(request);
  refuseUnknownFields(resource, body, ['version', ...IGNORED_BODY_FIELDS]);
  const expected = expectedVersionOf(request, body);
  const id = await resolveRecordId(db, resource, key);
  if (typeof body.id === 'string' && body.id.toLowerCase() !== id) {
    throw new ApiError(400, {
      code: 'validation_failed',
      message: 'id: the body names another record than the URL',
      fieldErrors: { id: ['The body names another record than the URL'] },
    });
  }
  const patch = Object.fromEntries(
    Object.entries(body).filter(
      ([field]) => field !== 'version' && !(IGNORED_BODY_FIELDS as readonly string[]).includes(field),
    ),
  );
  if (Object.keys(patch).length === 0) throw invalidBody('The body names no field to change.');
  const image = await updateRecord(db, resource.type, id, expected, patch, actor);
  return recordResponse(resource, image);
}

/** DELETE /{resource}/{key} with If-Match: a soft delete (restorable). 200 with the deleted record. */
export async function apiDelete(
  db: Db,
  actor: Actor,
  resource: WriteResource,
  key: string,
  request: Request,
): Promise<Response> {
  precheckRole(actor, 'delete', resource.type);
  const body = await readJsonObject(request, { optional: true });
  refuseUnknownFields(resource, body, ['version']);
  const expected = expectedVersionOf(request, body);
  const id = await resolveRecordId(db, resource, key);
  const image = await deleteRecord(db, resource.type, id, expected, actor);
  return recordResponse(resource, image);
}

/** POST /{resource}/{key}/restore with If-Match (the deleted record's version). */
export async function apiRestore(
  db: Db,
  actor: Actor,
  resource: WriteResource,
  key: string,
  request: Request,
): Promise<Response> {
  precheckRole(actor, 'restore', resource.type);
  const body = await readJsonObject(request, { optional: true });
  const unknown = Object.keys(body).filter((field) => field !== 'version');
  if (unknown.length) throw invalidBody(`Unknown field "${unknown[0]}": restore takes only "version".`);
  const expected = expectedVersionOf(request, body);
  const id = await resolveRecordId(db, resource, key);
  const image = await restoreRecord(db, resource.type, id, expected, actor);
  return recordResponse(resource, image);
}

/** POST /{resource}/{key}/revert `{toVersion}` with If-Match: the record as it was at toVersion, as a new revision. */
export async function apiRevert(
  db: Db,
  actor: Actor,
  resource: WriteResource,
  key: string,
  request: Request,
): Promise<Response> {
  precheckRole(actor, 'revert', resource.type);
  const body = await readJsonObject(request);
  const unknown = Object.keys(body).filter((field) => field !== 'version' && field !== 'toVersion');
  if (unknown.length)
    throw invalidBody(`Unknown field "${unknown[0]}": revert takes "toVersion" (and "version").`);
  const toVersion = body.toVersion;
  if (typeof toVersion !== 'number' || !Number.isInteger(toVersion) || toVersion < 1) {
    throw new ApiError(400, {
      code: 'validation_failed',
      message: 'toVersion: the version to go back to, a whole number from 1',
      fieldErrors: { toVersion: ['The version to go back to, a whole number from 1'] },
    });
  }
  const expected = expectedVersionOf(request, body);
  const id = await resolveRecordId(db, resource, key);
  const image = await revertRecord(db, resource.type, id, toVersion, expected, actor);
  return recordResponse(resource, image);
}

/**
 * GET /{resource}/{key} for resources without a richer read: the record as stated (the shape a
 * PATCH takes), with its ETag. A deleted record is a 404 that carries it as `current`, so a
 * client can restore it with the right version.
 */
export async function apiGetRecord(db: Db, resource: WriteResource, key: string): Promise<Response> {
  const id = await resolveRecordId(db, resource, key);
  const image = await ENTITIES[resource.type].load(db, id);
  if (!image) throw notFound(`No ${resource.label} with id ${id}.`);
  if (image.deletedAt) {
    throw new ApiError(404, {
      code: 'not_found',
      message: `This ${resource.label} was deleted. Editors can restore it: POST ${itemPath(resource, image)}/restore with If-Match: "${image.version}".`,
      current: image,
    });
  }
  return recordResponse(resource, image);
}

/** The current version of a live record, for an ETag on richer reads (profiles); undefined when absent. */
export async function currentVersion(db: Db, type: EntityType, id: string): Promise<number | undefined> {
  const def = ENTITIES[type];
  const [row] = await db
    .select({ version: def.table.version })
    .from(def.table)
    .where(eq(def.table.id, id))
    .limit(1);
  return (row?.version as number | undefined) ?? undefined;
}

/** The slug of a live record named by id (profiles are read by slug); undefined when there is none. */
export async function resolveSlug(db: Db, type: EntityType, id: string): Promise<string | undefined> {
  const bySlug = SLUG_COLUMNS[type];
  if (!bySlug) return undefined;
  const [row] = await db
    .select({ slug: bySlug.slug })
    .from(bySlug.table)
    .where(and(eq(bySlug.id, id), isNull(bySlug.table.deletedAt)))
    .limit(1);
  return (row?.slug as string | undefined) ?? undefined;
}
