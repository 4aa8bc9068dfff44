import type { RevisionSummary } from '@/lib/domain/dto';
import type { RevisionAction } from '@/lib/domain/vocabulary';
import { Timestamp } from '@/components/ui/timestamp';

const ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  restore: 'Restored',
  revert: 'Reverted',
};

const ENTITY_LABELS: Record<string, string> = {
  organization: 'Organization',
  region: 'Region',
  person: 'Person',
  product: 'Product',
  source: 'Source',
  event: 'Event',
  event_link: 'Event link',
  metric: 'Metric',
  view: 'Saved view',
};

function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType.replace(/_/g, ' ');
}

/** What a feed entry names: the record's title or name; links between events by their kind. */
function recordLabel(revision: RevisionSummary): string {
  if (!revision.label) return `${entityLabel(revision.entityType)} ${revision.entityId.slice(0, 8)}`;
  if (revision.entityType === 'event_link') return `Link between events: “${revision.label}”`;
  return revision.label;
}

interface RevisionListProps {
  revisions: RevisionSummary[];
  /** Name the record of each revision (a feed of many records) or not (one record's history). */
  showRecord?: boolean;
  label?: string;
}

/** Who changed what, and when: version, action, actor, time. Plain text, newest as given. */
export function RevisionList({ revisions, showRecord = false, label }: RevisionListProps) {
  return (
    <ol className="revisions" aria-label={label}>
      {revisions.map((revision) => (
        <li key={revision.id}>
          <span className="revisions__what">
            {showRecord
              ? recordLabel(revision)
              : `Version ${revision.version}: ${ACTION_LABELS[revision.action]}`}
          </span>
          <span className="revisions__meta">
            {showRecord
              ? `${entityLabel(revision.entityType)} ${ACTION_LABELS[revision.action].toLowerCase()}, version ${revision.version} · `
              : ''}
            by {revision.actorLabel || 'unknown'} · <Timestamp value={revision.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
