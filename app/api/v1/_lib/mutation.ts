import 'server-only';
import type { NextRequest } from 'next/server';
import { describeAuth } from '@/db/auth/actor';
import type { Db } from '@/db/client';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import type { WriteResource } from '@/lib/api/write-resources';
import type { Actor } from '@/lib/domain/permissions';
import { checkOrigin } from '@/lib/security/origin';
import { apiDb } from '../../_lib/db';
import {
  apiCreate,
  apiDelete,
  apiGetRecord,
  apiRestore,
  apiRevert,
  apiUpdate,
  unauthenticated,
} from './write';

// Glue between route files and ./write.ts: every mutating request is checked for its Origin
// (unless it carries a bearer token: no ambient credential), then authenticated (token first,
// then session cookie) before the write itself.

export function badOrigin(message: string): ApiError {
  return new ApiError(403, { code: 'bad_origin', message });
}

/** Origin check, database, actor: the start of every mutating route handler. */
export async function mutationContext(request: Request): Promise<{ db: Db; actor: Actor }> {
  const origin = checkOrigin({ method: request.method, url: request.url, headers: request.headers });
  if (!origin.ok) throw badOrigin(origin.reason);
  const db = await apiDb();
  const auth = await describeAuth(request);
  if (auth.via === 'invalid-token') {
    throw unauthenticated('The API token is malformed, unknown or revoked.', 'invalid_token');
  }
  return { db, actor: auth.actor };
}

type Params<K extends string> = { params: Promise<Record<K, string>> };

/** POST /api/v1/{resource}. */
export function createRoute(resource: WriteResource) {
  return apiRoute(async (request: NextRequest) => {
    const { db, actor } = await mutationContext(request);
    return apiCreate(db, actor, resource, request);
  });
}

async function keyOf(resource: WriteResource, context: Params<string>): Promise<string> {
  const params = await context.params;
  return params[resource.param] ?? '';
}

/** PATCH and DELETE /api/v1/{resource}/{key}. */
export function itemRoutes(resource: WriteResource) {
  return {
    PATCH: apiRoute(async (request: NextRequest, context: Params<string>) => {
      const { db, actor } = await mutationContext(request);
      return apiUpdate(db, actor, resource, await keyOf(resource, context), request);
    }),
    DELETE: apiRoute(async (request: NextRequest, context: Params<string>) => {
      const { db, actor } = await mutationContext(request);
      return apiDelete(db, actor, resource, await keyOf(resource, context), request);
    }),
  };
}

/** GET /api/v1/{resource}/{key}: the record as stated, with its ETag. */
export function recordGetRoute(resource: WriteResource) {
  return apiRoute(async (_request: NextRequest, context: Params<string>) => {
    const key = await keyOf(resource, context);
    return apiGetRecord(await apiDb(), resource, key);
  });
}

/** POST /api/v1/{resource}/{key}/restore. */
export function restoreRoute(resource: WriteResource) {
  return apiRoute(async (request: NextRequest, context: Params<string>) => {
    const { db, actor } = await mutationContext(request);
    return apiRestore(db, actor, resource, await keyOf(resource, context), request);
  });
}

/** POST /api/v1/{resource}/{key}/revert. */
export function revertRoute(resource: WriteResource) {
  return apiRoute(async (request: NextRequest, context: Params<string>) => {
    const { db, actor } = await mutationContext(request);
    return apiRevert(db, actor, resource, await keyOf(resource, context), request);
  });
}
