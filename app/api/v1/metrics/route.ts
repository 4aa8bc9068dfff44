import { listMetrics } from '@/db/queries/metrics';
import { parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { metricQuerySchema } from '@/lib/metrics/query';
import { apiDb } from '../../_lib/db';
import { createRoute } from '../_lib/mutation';

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

// POST /api/v1/metrics: one value (contributors and up), through the write path; the source must exist.
export const POST = createRoute(WRITE_RESOURCES.metrics);

const notHere = methodNotAllowed('GET, POST');
export { notHere as PUT, notHere as PATCH, notHere as DELETE };
