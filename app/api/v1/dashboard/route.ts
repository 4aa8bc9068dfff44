import { getDashboard } from '@/db/queries/dashboard';
import { parseDashboardQuery } from '@/lib/dashboard/query';
import { invalidParameter } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { apiDb } from '../../_lib/db';

// GET /api/v1/dashboard?vendor=xiaomi&region=western-europe&type=…&status=…&from=…&to=…&panels=…
// Every panel of the dashboard at `/` for the filters (the names and meanings of /events), or
// only the panels named in `panels`. The page prefetches the same data on the server.

export const GET = apiRoute(async (request) => {
  const parsed = parseDashboardQuery(request.nextUrl.searchParams);
  if (!parsed.ok) throw invalidParameter(parsed.parameter, parsed.message);
  const { panels, ...filters } = parsed.query;
  const db = await apiDb();
  return jsonResponse(await getDashboard(db, filters, { panels }));
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
