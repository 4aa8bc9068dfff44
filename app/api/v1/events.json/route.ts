import { apiRoute, readOnlyMethod } from '@/lib/api/route';
import { apiDb } from '../../_lib/db';
import { downloadHeaders, eventStream, exportName, parseExportFilters } from '../../_lib/export-stream';

// GET /api/v1/events.json: every event matching the filters of GET /api/v1/events, as one JSON
// document {"items": [...]} (the listing's item shape), streamed: a download, not a page.
export const GET = apiRoute(async (request) => {
  const filters = parseExportFilters(request.nextUrl.searchParams);
  const db = await apiDb();
  const stream = eventStream(db, filters, {
    head: '{"items":[',
    render: (page, first) => `${first ? '' : ','}${page.map((event) => JSON.stringify(event)).join(',')}`,
    tail: ']}\n',
  });
  return new Response(stream, {
    headers: downloadHeaders('application/json; charset=utf-8', exportName(filters, 'json')),
  });
});

export { readOnlyMethod as POST, readOnlyMethod as PUT, readOnlyMethod as PATCH, readOnlyMethod as DELETE };
