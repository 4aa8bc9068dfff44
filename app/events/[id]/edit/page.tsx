import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { getEventFormOptions } from '@/db/queries/options';
import { getEditableRecord, listOutgoingLinks } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { eventValuesFromRecord } from '@/lib/forms/event-form';
import { EventForm } from '@/components/forms/event-form';
import { EventFormTips } from '@/components/forms/event-form-tips';
import { RecordStamp } from '@/components/forms/record-stamp';
import { SignInPrompt } from '@/components/forms/sign-in-prompt';
import { eventHref } from '@/components/events/event-href';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { updateEventAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit event' };

interface Props {
  params: Promise<{ id: string }>;
}

export default async function EditEventPage({ params }: Props) {
  const { id } = await params;
  const actor = await getRequestActor();
  const db = await requestDb();
  const record = await getEditableRecord(db, 'event', id);
  if (!record) notFound();
  const title = String(record.image.title);
  const href = eventHref({ id });
  const header = (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          items={[{ label: 'Events', href: '/events' }, { label: title, href }, { label: 'Edit' }]}
        />
      }
      eyebrow="Edit event"
      title={title}
      meta={<RecordStamp version={record.image.version} stamp={record.stamp} />}
    />
  );
  if (!decide(actor, 'update', 'event').allowed) {
    return (
      <>
        {header}
        <SignInPrompt what="edit this event" next={`${href}/edit`} />
      </>
    );
  }
  const [options, links] = await Promise.all([getEventFormOptions(db), listOutgoingLinks(db, id)]);
  return (
    <>
      {header}
      <div className="form-layout">
        <EventForm
          action={updateEventAction.bind(null, id)}
          initialValues={eventValuesFromRecord(record.image, links)}
          options={options}
          cancelHref={href}
          edit={{
            eventId: id,
            version: record.image.version,
            reloadHref: `${href}/edit`,
            canDeleteLinks: decide(actor, 'delete', 'event_link').allowed,
          }}
        />
        <EventFormTips />
      </div>
    </>
  );
}
