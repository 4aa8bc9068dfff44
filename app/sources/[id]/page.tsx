import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getSourceProfile } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { EventList } from '@/components/events/event-list';
import { RecordActions } from '@/components/forms/record-actions';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { DefinitionList } from '@/components/ui/definition-list';
import { displayHost, ExternalLink } from '@/components/ui/external-link';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';

interface Props {
  params: Promise<{ id: string }>;
}

const load = cache(async (id: string) => getSourceProfile(await requestDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).id);
  return { title: source ? `${source.outlet}: ${source.title}` : 'Not found' };
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).id);
  if (!source) notFound();
  const canEdit = decide(await getRequestActor(), 'update', 'source').allowed;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={[{ label: 'Sources', href: '/sources' }, { label: source.outlet }]} />}
        eyebrow={`Source · ${source.outlet}`}
        title={source.title}
        lead={source.note || undefined}
        actions={
          <RecordActions
            canEdit={canEdit}
            label={source.title}
            editHref={`/sources/${source.id}/edit`}
            history={{ entityType: 'source', id: source.id }}
          />
        }
      />
      <div className="layout-split">
        <Section id="events" title="Events citing it" count={source.events.length} bare>
          <EventList
            events={source.events}
            label={`Events citing ${source.title}`}
            emptyTitle="No event cites this source yet."
          />
        </Section>
        <aside aria-label="About this source">
          <Card>
            <h2>Facts</h2>
            <DefinitionList
              layout="stacked"
              items={[
                { term: 'Outlet', details: source.outlet },
                { term: 'Author', details: source.author || null },
                { term: 'Published', details: source.publishedLabel ?? 'Not recorded' },
                { term: 'Retrieved on', details: source.retrievedOn },
                {
                  term: 'Web address',
                  details: source.url ? (
                    <ExternalLink href={source.url}>{displayHost(source.url)}</ExternalLink>
                  ) : (
                    'Not recorded'
                  ),
                },
              ]}
            />
          </Card>
        </aside>
      </div>
    </>
  );
}
