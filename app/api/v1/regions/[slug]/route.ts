import { getRegionProfile } from '@/db/queries/regions';
import { notFound } from '@/lib/api/errors';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { apiDb } from '../../../_lib/db';

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const { slug } = await params;
  const db = await apiDb();
  const profile = await getRegionProfile(db, slug);
  if (!profile) throw notFound(`No region with slug "${slug}".`);
  return jsonResponse(profile);
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
