import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getPersonProfile } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { EventList } from '@/components/events/event-list';
import { RecordActions } from '@/components/forms/record-actions';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { DefinitionList } from '@/components/ui/definition-list';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';

interface Props {
  params: Promise<{ slug: string }>;
}

const load = cache(async (slug: string) => getPersonProfile(await requestDb(), decodeURIComponent(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await load((await params).slug);
  return { title: person ? person.name : 'Not found' };
}

export default async function PersonPage({ params }: Props) {
  const person = await load((await params).slug);
  if (!person) notFound();
  const canEdit = decide(await getRequestActor(), 'update', 'person').allowed;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={[{ label: 'People', href: '/people' }, { label: person.name }]} />}
        eyebrow="Person"
        title={person.name}
        lead={person.role || undefined}
        actions={
          <RecordActions
            canEdit={canEdit}
            label={person.name}
            editHref={`/people/${encodeURIComponent(person.slug)}/edit`}
            history={{ entityType: 'person', id: person.id }}
          />
        }
      />
      <div className="layout-split">
        <Section id="events" title="Events" count={person.events.length} bare>
          <EventList
            events={person.events}
            label={`Events involving or quoting ${person.name}, in date order`}
            emptyTitle={`No events involve or quote ${person.name} yet.`}
          />
        </Section>
        <aside aria-label={`About ${person.name}`}>
          <Card>
            <h2>Facts</h2>
            <DefinitionList
              layout="stacked"
              items={[
                { term: 'Role', details: person.role || null },
                {
                  term: 'Organization',
                  details: person.organization ? <OrganizationLink org={person.organization} /> : null,
                },
              ]}
            />
          </Card>
        </aside>
      </div>
    </>
  );
}
