import { methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { restoreRoute } from '../../../_lib/mutation';

// Restores a deleted record (editors). If-Match: the deleted record's version.
export const POST = restoreRoute(WRITE_RESOURCES.metrics);

const onlyPost = methodNotAllowed('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
