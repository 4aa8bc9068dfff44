import { errorResponse, notFound } from './errors';

// Unknown paths under /api answer in JSON like every other API error, never with the HTML
// not-found page. Exported per method by the catch-all routes.
export async function unknownPath(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(
    notFound(`No API endpoint at ${pathname}. The endpoints are listed in /api/v1/openapi.json.`),
  );
}
