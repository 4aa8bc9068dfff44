import { listEvents } from '@/db/queries/events';
import { parseEventQuery } from '@/lib/api/query';
import { eventPageBody, jsonResponse, paginationHeaders } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { apiDb } from '../../_lib/db';

// Parameters are checked before the database is opened: a bad request is a 400 even when the
// database is down.
export const GET = apiRoute(async (request) => {
  const filters = parseEventQuery(request.nextUrl.searchParams);
  const db = await apiDb();
  const body = eventPageBody(request.nextUrl, await listEvents(db, filters));
  return jsonResponse(body, { headers: paginationHeaders(body) });
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
