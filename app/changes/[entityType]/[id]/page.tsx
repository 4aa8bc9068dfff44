import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { describeRecords, getRecordHistory } from '@/db/queries/history';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { changesHref, entityTypeFromSlug } from '@/lib/history/change-filters';
import { collectReferences } from '@/lib/history/references';
import { RecordActionForm } from '@/components/history/record-action-form';
import { hasOwnPage, recordHref } from '@/components/history/record-href';
import { ENTITY_TYPE_LABELS } from '@/components/history/labels';
import { VersionList } from '@/components/history/version-list';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { deleteFromHistory, restoreFromHistory, revertToVersion } from './actions';

interface Props {
  params: Promise<{ entityType: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The note an editor's action leaves in the URL (numbers and a verb only; anything else is ignored). */
function doneMessage(query: Record<string, string | string[] | undefined>): string | undefined {
  const one = (key: string) => (typeof query[key] === 'string' ? query[key] : undefined);
  const version = one('version');
  if (!version || !/^\d{1,9}$/.test(version)) return undefined;
  switch (one('done')) {
    case 'revert': {
      const to = one('toVersion');
      return to && /^\d{1,9}$/.test(to)
        ? `Reverted to version ${to}: the record is now at version ${version}.`
        : undefined;
    }
    case 'delete':
      return `Deleted (now version ${version}). It is hidden everywhere else and can be restored from this page.`;
    case 'restore':
      return `Restored (now version ${version}).`;
    default:
      return undefined;
  }
}

const load = cache(async (entityType: string, id: string) => {
  const type = entityTypeFromSlug(entityType);
  if (!type) return undefined;
  const history = await getRecordHistory(await requestDb(), type, id);
  return history;
});

function titleOf(data: Record<string, unknown> | undefined): string {
  const d = data ?? {};
  for (const key of ['title', 'name', 'slug'])
    if (typeof d[key] === 'string' && d[key]) return d[key] as string;
  return '';
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entityType, id } = await params;
  const history = await load(entityType, id);
  if (!history) return { title: 'Not found' };
  const label = titleOf(history.versions.at(-1)?.data) || ENTITY_TYPE_LABELS[history.type].one;
  return { title: `History of ${label}`, robots: { index: false } };
}

export default async function RecordHistoryPage({ params, searchParams }: Props) {
  const { entityType, id } = await params;
  const done = doneMessage(await searchParams);
  const history = await load(entityType, id);
  if (!history) notFound();
  const { type, versions } = history;
  const db = await requestDb();
  const actor = await getRequestActor();

  const latest = versions.at(-1)!;
  const currentData = history.current ?? latest.data;
  const currentVersion = Number(history.current?.version ?? latest.version);
  const deleted = Boolean(history.current ? history.current.deletedAt : latest.action === 'delete');

  const references = collectReferences(versions.map((v) => v.data));
  references.set(`${type}:${history.id}`, { type, id: history.id });
  const described = await describeRecords(db, references.values());
  const refs = Object.fromEntries(described);
  const self = described.get(`${type}:${history.id}`);

  // Editors see the actions; the write path refuses everyone else anyway.
  const canRevert = decide(actor, 'revert', type).allowed;
  const canDelete = decide(actor, 'delete', type).allowed;
  const canRestore = decide(actor, 'restore', type).allowed;

  const typeLabel = ENTITY_TYPE_LABELS[type];
  const label = titleOf(currentData) || self?.label || `${typeLabel.one} ${history.id.slice(0, 8)}`;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { href: '/changes', label: 'Changes' },
              { href: changesHref({ type }), label: typeLabel.many },
              { label: label },
            ]}
          />
        }
        eyebrow={`History of ${typeLabel.one.toLowerCase()}`}
        title={label}
        meta={
          <>
            {deleted ? <span className="badge badge--status-denied">Deleted</span> : null}
            <span className="muted">
              {versions.length} {versions.length === 1 ? 'version' : 'versions'}, now at version{' '}
              {currentVersion}
            </span>
          </>
        }
        lead={
          !deleted && self && hasOwnPage(type) ? (
            <Link href={recordHref(self)}>View the {typeLabel.one.toLowerCase()} as it is now</Link>
          ) : deleted ? (
            'This record is deleted: it is hidden everywhere else. Its history stays.'
          ) : undefined
        }
      />
      <div className="stack">
        {done ? (
          <p className="callout" role="status">
            {done}
          </p>
        ) : null}
        {deleted && canRestore ? (
          <Section id="restore" title="Restore">
            <p>Restoring brings the record back as it was when it was deleted, as a new version.</p>
            <RecordActionForm
              action={restoreFromHistory}
              fields={{ entityType: type, id: history.id, version: currentVersion }}
              label="Restore"
              variant="primary"
            />
          </Section>
        ) : null}
        <Section id="versions" title="Versions" count={versions.length}>
          <VersionList
            type={type}
            id={history.id}
            versions={versions}
            refs={refs}
            current={{ version: currentVersion, deleted, data: currentData }}
            revertAction={canRevert ? revertToVersion : undefined}
          />
        </Section>
        {!deleted && canDelete ? (
          <Section id="delete" title="Delete">
            <p>Deleting hides the record everywhere; its history stays and an editor can restore it.</p>
            <RecordActionForm
              action={deleteFromHistory}
              fields={{ entityType: type, id: history.id, version: currentVersion }}
              label="Delete"
              confirm="Delete this record?"
            />
          </Section>
        ) : null}
      </div>
    </>
  );
}
