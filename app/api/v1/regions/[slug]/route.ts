import { getRegionProfile } from '@/db/queries/regions';
import { notFound } from '@/lib/api/errors';
import { etag } from '@/lib/api/preconditions';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { isUuid, WRITE_RESOURCES } from '@/lib/api/write-resources';
import { apiDb } from '../../../_lib/db';
import { itemRoutes } from '../../_lib/mutation';
import { currentVersion, resolveSlug } from '../../_lib/write';

// GET takes the slug (or the id); the ETag is the record's version, for If-Match on PATCH and
// DELETE (which take the slug or the id too).
export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const { slug: key } = await params;
  const db = await apiDb();
  const slug = isUuid(key) ? await resolveSlug(db, 'region', key) : key;
  const profile = slug ? await getRegionProfile(db, slug) : undefined;
  if (!profile) throw notFound(`No region with ${isUuid(key) ? 'id' : 'slug'} "${key}".`);
  const version = await currentVersion(db, 'region', profile.id);
  return jsonResponse(profile, { headers: version ? { ETag: etag(version) } : {} });
});

const item = itemRoutes(WRITE_RESOURCES.regions);
export const PATCH = item.PATCH;
export const DELETE = item.DELETE;

const notHere = methodNotAllowed('GET, PATCH, DELETE');
export { notHere as POST, notHere as PUT };
