import { methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { createRoute } from '../_lib/mutation';

// Create only: people are read through the records that use them (events, profiles) and one by
// one at /api/v1/people/{id}.
export const POST = createRoute(WRITE_RESOURCES.people);

const onlyPost = methodNotAllowed('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
