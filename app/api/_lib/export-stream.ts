import 'server-only';
import type { Db } from '@/db/client';
import { iterateEvents, type ExportFilters } from '@/db/queries/feeds';
import { invalidParameter } from '@/lib/api/errors';
import { parseEventQuery } from '@/lib/api/query';
import type { EventListItem } from '@/lib/domain/dto';
import { exportFileName } from '@/lib/export/csv';
import { todayUtc } from '@/lib/feeds/origin';

// Shared by the CSV and JSON exports of the events listing: the same filters as GET
// /api/v1/events (parsed by the same code), every matching row, streamed page by page.

/** The listing's filters; `limit` and `cursor` make no sense for a whole export and are refused by name. */
export function parseExportFilters(params: URLSearchParams): ExportFilters {
  for (const key of ['limit', 'cursor'])
    if (params.has(key))
      throw invalidParameter(key, `An export holds every matching event: leave out "${key}".`);
  const { limit: _limit, cursor: _cursor, ...filters } = parseEventQuery(params);
  return filters;
}

export function exportName(filters: ExportFilters, extension: string): string {
  return exportFileName(
    'beachhead-events',
    [
      ...(filters.vendor ?? []),
      ...(filters.region ?? []),
      ...(filters.type ?? []),
      ...(filters.status ?? []),
    ],
    todayUtc(),
    extension,
  );
}

/**
 * A byte stream of `head`, then `render(page)` for each page of events, then `tail`. Pulled: the
 * next page is read only when the client has taken the previous one.
 */
export function eventStream(
  db: Db,
  filters: ExportFilters,
  parts: { head: string; render: (page: EventListItem[], first: boolean) => string; tail: string },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = iterateEvents(db, filters);
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(parts.head));
          return;
        }
        const next = await pages.next();
        if (next.done) {
          controller.enqueue(encoder.encode(parts.tail));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(parts.render(next.value, first)));
        first = false;
      } catch (error) {
        console.error('[api] events export failed:', error);
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}
