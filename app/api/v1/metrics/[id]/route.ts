import { methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import { itemRoutes, recordGetRoute } from '../../_lib/mutation';

const resource = WRITE_RESOURCES.metrics;

/** The record as stated (the shape PATCH takes), with ETag: "<version>". */
export const GET = recordGetRoute(resource);
const item = itemRoutes(resource);
export const PATCH = item.PATCH;
export const DELETE = item.DELETE;

const notHere = methodNotAllowed('GET, PATCH, DELETE');
export { notHere as POST, notHere as PUT };
