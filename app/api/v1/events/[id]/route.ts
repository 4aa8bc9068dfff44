import { getEventDetail } from '@/db/queries/events';
import { notFound } from '@/lib/api/errors';
import { noQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { apiDb } from '../../../_lib/db';

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const { id } = await params;
  const db = await apiDb();
  const event = await getEventDetail(db, id);
  if (!event) throw notFound(`No event with id ${id}.`);
  return jsonResponse(event);
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';
