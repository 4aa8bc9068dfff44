import { listMetrics } from '@/db/queries/metrics';
import { parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, readOnlyMethod } from '@/lib/api/route';
import { metricQuerySchema } from '@/lib/metrics/query';
import { apiDb } from '../../_lib/db';

// GET /api/v1/metrics?vendor=&region=&measure=&from=&to=: market share and shipments points,
// each with its source, by vendor, region, measure and quarter. Parameters are checked before
// the database is opened.
export const GET = apiRoute(async (request) => {
  const query = parseQuery(request.nextUrl.searchParams, metricQuerySchema);
  const db = await apiDb();
  const items = await listMetrics(db, query);
  return jsonResponse({
    items: items.map(({ vendor, region, ...point }) => ({
      ...point,
      vendor: { slug: vendor.slug, name: vendor.name },
      region: { slug: region.slug, name: region.name },
    })),
  });
});

export { readOnlyMethod as POST, readOnlyMethod as PUT, readOnlyMethod as PATCH, readOnlyMethod as DELETE };
