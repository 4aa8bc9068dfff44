import { listRegions } from '@/db/queries/regions';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse, type ListBody } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import type { RegionSummary } from '@/lib/domain/dto';
import { apiDb } from '../../_lib/db';
import { createRoute } from '../_lib/mutation';

export const GET = apiRoute(async (request) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const db = await apiDb();
  const body: ListBody<RegionSummary> = { items: await listRegions(db) };
  return jsonResponse(body);
});

export const POST = createRoute(WRITE_RESOURCES.regions);

const notHere = methodNotAllowed('GET, POST');
export { notHere as PUT, notHere as PATCH, notHere as DELETE };
