import { listRegions } from '@/db/queries/regions';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse, type ListBody } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { RegionSummary } from '@/lib/domain/dto';
import { apiDb } from '../../_lib/db';

export const GET = apiRoute(async (request) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const db = await apiDb();
  const body: ListBody<RegionSummary> = { items: await listRegions(db) };
  return jsonResponse(body);
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
