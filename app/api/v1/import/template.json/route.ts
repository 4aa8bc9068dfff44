import { methodNotAllowed } from '@/lib/api/route';
import { templateJson } from '@/lib/import/template';

// The import template as JSON: the same examples; an item may list several `sources`.
export function GET(): Response {
  return new Response(templateJson(), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="beachhead-import-template.json"',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

const onlyGet = methodNotAllowed('GET');
export { onlyGet as POST, onlyGet as PUT, onlyGet as PATCH, onlyGet as DELETE };
