import { apiRoute, readOnlyMethod } from '@/lib/api/route';
import { EVENT_CSV_COLUMNS, eventCsvRow, toCsvLines } from '@/lib/export/csv';
import { publicOrigin } from '@/lib/feeds/origin';
import { apiDb } from '../../_lib/db';
import { downloadHeaders, eventStream, exportName, parseExportFilters } from '../../_lib/export-stream';

// GET /api/v1/events.csv: every event matching the same filters as GET /api/v1/events (and the
// /events page), as CSV for spreadsheets, streamed. Cells that would read as formulas are
// neutralized (see lib/export/csv.ts).
export const GET = apiRoute(async (request) => {
  const filters = parseExportFilters(request.nextUrl.searchParams);
  const db = await apiDb();
  const origin = publicOrigin(request.nextUrl);
  // A UTF-8 byte order mark: spreadsheet programs then read non-ASCII names correctly.
  const stream = eventStream(db, filters, {
    head: `\uFEFF${toCsvLines([[...EVENT_CSV_COLUMNS]])}`,
    render: (page) => toCsvLines(page.map((event) => eventCsvRow(event, origin))),
    tail: '',
  });
  return new Response(stream, {
    headers: downloadHeaders('text/csv; charset=utf-8', exportName(filters, 'csv')),
  });
});

export { readOnlyMethod as POST, readOnlyMethod as PUT, readOnlyMethod as PATCH, readOnlyMethod as DELETE };
