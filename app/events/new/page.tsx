import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { getEventFormOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { emptyEventValues } from '@/lib/forms/event-form';
import { EventForm } from '@/components/forms/event-form';
import { EventFormTips } from '@/components/forms/event-form-tips';
import { SignInPrompt } from '@/components/forms/sign-in-prompt';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Add an event' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function NewEventPage({ searchParams }: Props) {
  const actor = await getRequestActor();
  const header = (
    <PageHeader
      breadcrumb={<Breadcrumb items={[{ label: 'Events', href: '/events' }, { label: 'Add an event' }]} />}
      title="Add an event"
      lead="A dated claim about a vendor in a region, tied to its sources."
    />
  );
  if (!decide(actor, 'create', 'event').allowed) {
    return (
      <>
        {header}
        <SignInPrompt what="add events" next="/events/new" />
      </>
    );
  }
  const options = await getEventFormOptions(await requestDb());
  // ?vendor=<id> / ?region=<id> (the "Add event" links of profiles) preselect, if they name a record.
  const params = await searchParams;
  const vendorId = options.vendors.some((o) => o.id === first(params.vendor)) ? first(params.vendor) : '';
  const regionId = options.regions.some((o) => o.id === first(params.region)) ? first(params.region) : '';
  return (
    <>
      {header}
      <div className="form-layout">
        <EventForm
          action={createEventAction}
          initialValues={emptyEventValues({ vendorId, regionId })}
          options={options}
          cancelHref="/events"
        />
        <EventFormTips />
      </div>
    </>
  );
}
