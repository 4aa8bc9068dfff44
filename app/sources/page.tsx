import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listSources } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { RecordTablePage } from '@/components/ui/record-table-page';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'The articles, interviews and filings the events rest on.',
};

export default async function SourcesPage() {
  const db = await requestDb();
  const [sources, actor] = await Promise.all([listSources(db), getRequestActor()]);
  return (
    <RecordTablePage
      title="Sources"
      lead="The articles, interviews and filings every event rests on, most recent first."
      actions={
        <RecordActions
          canEdit={decide(actor, 'create', 'source').allowed}
          label="Sources"
          add={{ href: '/sources/new', text: 'Add source' }}
        />
      }
      caption="Sources, most recently published first"
      emptyTitle="No sources recorded yet."
      columns={['Title', 'Outlet', 'Published']}
      rows={sources.map((source) => ({
        id: source.id,
        name: source.title,
        href: `/sources/${source.id}`,
        cells: [source.outlet, source.publishedLabel ?? <span className="muted">not recorded</span>],
        eventCount: source.eventCount,
      }))}
    />
  );
}
