import { methodNotAllowed } from '@/lib/api/route';
import { metricTemplateCsv } from '@/lib/metrics/import';

// The metrics import template: the header and one example row whose value is left empty (fill
// it from your source; Beachhead never ships invented figures). Static: no database.
export function GET(): Response {
  return new Response(metricTemplateCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="beachhead-metrics-template.csv"',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

const onlyGet = methodNotAllowed('GET');
export { onlyGet as POST, onlyGet as PUT, onlyGet as PATCH, onlyGet as DELETE };
