import { listEvents } from '@/db/queries/events';
import { cachedRead } from '@/db/queries/read-cache';
import { parseEventQuery } from '@/lib/api/query';
import { NO_STORE, eventPageBody, paginationHeaders } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { apiDb } from '../../_lib/db';
import { createRoute } from '../_lib/mutation';

// Parameters are checked before the database is opened: a bad request is a 400 even when the
// database is down.
export const GET = apiRoute(async (request) => {
  const filters = parseEventQuery(request.nextUrl.searchParams);
  const db = await apiDb();
  const page = await cachedRead(db, `events${request.nextUrl.search}`, async () => {
    const body = eventPageBody(request.nextUrl, await listEvents(db, filters));
    return { text: JSON.stringify(body), headers: paginationHeaders(body) };
  });
  return new Response(page.text, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': NO_STORE, ...page.headers },
  });
});

export const POST = createRoute(WRITE_RESOURCES.events);

const notHere = methodNotAllowed('GET, POST');
export { notHere as PUT, notHere as PATCH, notHere as DELETE };
