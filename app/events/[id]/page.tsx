import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getEventDetail } from '@/db/queries/events';
import { requestDb } from '@/db/server';
import { EventDetailView } from '@/components/events/event-detail-view';

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
  return <EventDetailView event={event} />;
}
