import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getEventDetail } from '@/db/queries/events';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { EventDetailView } from '@/components/events/event-detail-view';
import { RecordActions } from '@/components/forms/record-actions';

interface Props {
  params: Promise<{ id: string }>;
}

const loadEvent = cache(async (id: string) => getEventDetail(await requestDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  if (!event) return { title: 'Not found' };
  return { title: event.title, description: event.summary || `${event.title} (${event.date.label}).` };
}

export default async function EventPage({ params }: Props) {
  const event = await loadEvent((await params).id);
  if (!event) notFound();
  const canEdit = decide(await getRequestActor(), 'update', 'event').allowed;
  const actions = (
    <RecordActions
      canEdit={canEdit}
      label={event.title}
      editHref={`/events/${event.id}/edit`}
      history={{ entityType: 'event', id: event.id }}
    />
  );
  return <EventDetailView event={event} actions={actions} />;
}
