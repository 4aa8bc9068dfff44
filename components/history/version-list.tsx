import { deepEqual, diffRecords, RECORD_STATE_FIELDS } from '@/lib/domain/diff';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { RecordVersion } from '@/lib/history/types';
import { Timestamp } from '@/components/ui/timestamp';
import type { RecordAction } from './action-state';
import { FieldChanges, StatedFields, type RecordRefs } from './diff-view';
import { ACTION_LABELS } from './labels';
import { RecordActionForm } from './record-action-form';
import styles from './history.module.css';

function stated(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => !(RECORD_STATE_FIELDS as readonly string[]).includes(key)),
  );
}

/** For a revert: the most recent earlier version it brought back (same stated fields). */
function revertedTo(versions: RecordVersion[], index: number): number | undefined {
  const target = stated(versions[index]!.data);
  for (let i = index - 2; i >= 0; i--) {
    if (deepEqual(stated(versions[i]!.data), target)) return versions[i]!.version;
  }
  return undefined;
}

interface VersionListProps {
  type: EntityType;
  id: string;
  /** Oldest first, as stored. */
  versions: RecordVersion[];
  refs: RecordRefs;
  /** The record now: its version (what a revert must name) and whether it is deleted. */
  current: { version: number; deleted: boolean; data: Record<string, unknown> };
  /** Present for editors and admins only: the server action behind "Revert to this version". */
  revertAction?: RecordAction;
}

/** Every version, newest first, each with what it changed against the one before. */
export function VersionList({ type, id, versions, refs, current, revertAction }: VersionListProps) {
  const currentStated = stated(current.data);
  const newestFirst = versions.map((version, index) => ({ version, index })).reverse();
  return (
    <ol className={styles.versions} aria-label="Versions, newest first">
      {newestFirst.map(({ version, index }) => {
        const previous = index > 0 ? versions[index - 1] : undefined;
        const changes = previous ? diffRecords(previous.data, version.data) : [];
        const isCurrent = version.version === current.version;
        const canRevertHere =
          revertAction && !current.deleted && !isCurrent && !deepEqual(stated(version.data), currentStated);
        const headingId = `version-${version.version}-title`;
        const restoredTo = version.action === 'revert' ? revertedTo(versions, index) : undefined;
        return (
          <li
            key={version.revisionId}
            id={`v${version.version}`}
            className={`${styles.version} ${isCurrent ? styles.versionCurrent : ''}`}
            aria-labelledby={headingId}
          >
            <div className={styles.versionHead}>
              <h3 id={headingId} className={styles.versionTitle}>
                Version {version.version}: {ACTION_LABELS[version.action]}
                {isCurrent ? ' (current)' : ''}
              </h3>
              <span className={styles.versionMeta}>
                by {version.actorLabel || 'unknown'} · <Timestamp value={version.createdAt} />
              </span>
            </div>
            {version.action === 'revert' && restoredTo ? <p>Brought back version {restoredTo}.</p> : null}
            {version.action === 'delete' ? <p>The record was deleted (it can be restored).</p> : null}
            {version.action === 'restore' ? <p>The record was restored.</p> : null}
            {!previous ? (
              <>
                <p className="visually-hidden">Created with these values:</p>
                <StatedFields data={version.data} refs={refs} ignore={RECORD_STATE_FIELDS} />
              </>
            ) : changes.length ? (
              <FieldChanges changes={changes} refs={refs} />
            ) : version.action === 'update' || version.action === 'revert' ? (
              <p className="muted">No field changed.</p>
            ) : null}
            {canRevertHere ? (
              <RecordActionForm
                action={revertAction}
                fields={{ entityType: type, id, version: current.version, toVersion: version.version }}
                label="Revert to this version"
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
