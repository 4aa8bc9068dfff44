import Link from 'next/link';
import { historyHref } from '@/lib/history/change-filters';
import type { ChangeEntry } from '@/lib/history/types';
import { EmptyState } from '@/components/ui/empty-state';
import { Timestamp } from '@/components/ui/timestamp';
import { ACTION_LABELS, ENTITY_TYPE_LABELS } from './labels';
import { recordHref } from './record-href';
import styles from './history.module.css';

function recordName(entry: ChangeEntry): string {
  const name = entry.record?.label || entry.label;
  return name || `${ENTITY_TYPE_LABELS[entry.entityType].one} ${entry.entityId.slice(0, 8)}`;
}

/** Who changed what, when: one row per revision, newest first. */
export function ChangeFeed({ entries, emptyTitle }: { entries: ChangeEntry[]; emptyTitle: string }) {
  if (entries.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const name = recordName(entry);
            const href = entry.record
              ? recordHref(entry.record)
              : historyHref(entry.entityType, entry.entityId);
            return (
              <tr key={entry.revisionId}>
                <td>
                  <Timestamp value={entry.createdAt} />
                </td>
                <td>{entry.actorLabel || 'unknown'}</td>
                <td>{ACTION_LABELS[entry.action]}</td>
                <th scope="row" className={styles.feedRecord}>
                  <span className={styles.feedType}>
                    {ENTITY_TYPE_LABELS[entry.entityType].one}
                    {entry.record?.deleted ? ' (deleted)' : ''}
                  </span>
                  <Link href={href}>{name}</Link>
                </th>
                <td>
                  <Link
                    href={`${historyHref(entry.entityType, entry.entityId)}#v${entry.version}`}
                    aria-label={`Version ${entry.version} of ${name}: what changed`}
                  >
                    Version {entry.version}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
