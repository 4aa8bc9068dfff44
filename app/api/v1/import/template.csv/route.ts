import { methodNotAllowed } from '@/lib/api/route';
import { templateCsv } from '@/lib/import/template';

// The import template: the header row and two example rows. Static: no database.
export function GET(): Response {
  return new Response(templateCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="beachhead-import-template.csv"',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

const onlyGet = methodNotAllowed('GET');
export { onlyGet as POST, onlyGet as PUT, onlyGet as PATCH, onlyGet as DELETE };
