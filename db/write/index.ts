export {
  createRecord,
  updateRecord,
  deleteRecord,
  restoreRecord,
  revertRecord,
  type WriteOptions,
} from './engine';
export {
  ValidationError,
  ConflictError,
  NotFoundError,
  AuthorizationError,
  type FieldErrors,
} from './errors';
export type { RecordImage } from './entity';
