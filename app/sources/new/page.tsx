import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { decide } from '@/lib/domain/permissions';
import { emptySourceValues } from '@/lib/forms/source-form';
import { FormPage } from '@/components/forms/form-page';
import { SourceForm } from '@/components/forms/source-form';
import { createSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Add a source' };

export default async function NewSourcePage() {
  const allowed = decide(await getRequestActor(), 'create', 'source').allowed;
  return (
    <FormPage
      title="Add a source"
      lead="An article, interview or filing. Events cite it with the passage they rest on; the event form can also add a source inline."
      crumbs={[{ label: 'Sources', href: '/sources' }, { label: 'Add' }]}
      signIn={allowed ? null : { what: 'add a source', next: '/sources/new' }}
    >
      <SourceForm action={createSourceAction} initialValues={emptySourceValues()} cancelHref="/sources" />
    </FormPage>
  );
}
