import { listEvents } from '@/db/queries/events';
import { parseEventQuery } from '@/lib/api/query';
import { eventPageBody, jsonResponse, paginationHeaders } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { apiDb } from '../../_lib/db';
import { createRoute } from '../_lib/mutation';

// Parameters are checked before the database is opened: a bad request is a 400 even when the
// database is down.
export const GET = apiRoute(async (request) => {
  const filters = parseEventQuery(request.nextUrl.searchParams);
  const db = await apiDb();
  const body = eventPageBody(request.nextUrl, await listEvents(db, filters));
  return jsonResponse(body, { headers: paginationHeaders(body) });
});

export const POST = createRoute(WRITE_RESOURCES.events);

const notHere = methodNotAllowed('GET, POST');
export { notHere as PUT, notHere as PATCH, notHere as DELETE };
