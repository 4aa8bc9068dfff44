import { getEventAsKnownOn } from '@/db/queries/as-known-on';
import { getEventDetail } from '@/db/queries/events';
import { notFound } from '@/lib/api/errors';
import { etag } from '@/lib/api/preconditions';
import { parseQuery } from '@/lib/api/query';
import { eventAsOfQuery } from '@/lib/api/as-of-query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { apiDb } from '../../../_lib/db';
import { itemRoutes } from '../../_lib/mutation';

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { asof } = parseQuery(request.nextUrl.searchParams, eventAsOfQuery);
  const { id } = await params;
  const db = await apiDb();
  // As recorded at a past moment (the timeline's "as known on"): from revisions, no ETag.
  if (asof) {
    const then = await getEventAsKnownOn(db, id, asof);
    if (!then) throw notFound(`No event with id ${id} was recorded on ${asof}.`);
    return jsonResponse(then);
  }
  const event = await getEventDetail(db, id);
  if (!event) throw notFound(`No event with id ${id}.`);
  // The ETag is the version: send it back as If-Match with PATCH or DELETE.
  return jsonResponse(event, { headers: { ETag: etag(event.version) } });
});

const item = itemRoutes(WRITE_RESOURCES.events);
export const PATCH = item.PATCH;
export const DELETE = item.DELETE;

const notHere = methodNotAllowed('GET, PATCH, DELETE');
export { notHere as POST, notHere as PUT };
