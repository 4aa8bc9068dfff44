import { getRegionRollup } from '@/db/queries/dashboard';
import { notFound } from '@/lib/api/errors';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { apiDb } from '../../../../_lib/db';

// GET /api/v1/regions/{slug}/rollup: for a region with members (a grouping such as Western
// Europe), each vendor's first entry into any member and the share of members it has entered.
export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const { slug } = await params;
  const db = await apiDb();
  const rollup = await getRegionRollup(db, slug);
  if (!rollup) throw notFound(`No region with slug "${slug}".`);
  return jsonResponse(rollup);
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
