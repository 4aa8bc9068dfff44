import { methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { revertRoute } from '../../../_lib/mutation';

// Makes the record read as it did at `toVersion` (editors); a new revision. If-Match: the current version.
export const POST = revertRoute(WRITE_RESOURCES.metrics);

const onlyPost = methodNotAllowed('POST');
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
