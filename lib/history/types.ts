import type { RevisionAction } from '@/lib/domain/vocabulary';
import type { RecordRef } from './references';

/** One line of the /changes feed: a revision and the record it belongs to, as that record is now. */
export interface ChangeEntry {
  revisionId: number;
  entityType: RecordRef['type'];
  entityId: string;
  version: number;
  action: RevisionAction;
  actorId: string | null;
  actorLabel: string;
  createdAt: string;
  /** The record's name at this version (title, name, ...). */
  label: string;
  /** The record now (deleted or not); undefined when it no longer exists at all. */
  record?: RecordRef;
}

export interface ChangeActor {
  /** The filter value: a user id, or the label of a system writer. */
  value: string;
  label: string;
}

/** One version of a record, with its full after-image. */
export interface RecordVersion {
  revisionId: number;
  version: number;
  action: RevisionAction;
  actorLabel: string;
  createdAt: string;
  data: Record<string, unknown>;
}
