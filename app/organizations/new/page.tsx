import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { decide } from '@/lib/domain/permissions';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@/lib/domain/vocabulary';
import { emptyOrganizationValues } from '@/lib/forms/organization-form';
import { FormPage } from '@/components/forms/form-page';
import { OrganizationForm } from '@/components/forms/organization-form';
import { isRoutedKind, KIND_ROUTES } from '@/components/organizations/organization-href';
import { createOrganizationAction } from '../actions';

export const metadata: Metadata = { title: 'Add an organization' };

interface Props {
  searchParams: Promise<{ kind?: string | string[] }>;
}

export default async function NewOrganizationPage({ searchParams }: Props) {
  const raw = (await searchParams).kind;
  const kind = (ORGANIZATION_KINDS as readonly string[]).includes(String(raw))
    ? (String(raw) as OrganizationKind)
    : null;
  const word = kind ? ORGANIZATION_KIND_LABELS[kind].one.toLowerCase() : 'organization';
  const list =
    kind && isRoutedKind(kind)
      ? { label: ORGANIZATION_KIND_LABELS[kind].many, href: KIND_ROUTES[kind] }
      : null;
  const allowed = decide(await getRequestActor(), 'create', 'organization').allowed;
  const next = `/organizations/new${kind ? `?kind=${kind}` : ''}`;
  return (
    <FormPage
      title={`Add ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`}
      lead="Vendors, carriers, retailers, agencies and other organizations share one form."
      crumbs={[...(list ? [list] : []), { label: 'Add' }]}
      signIn={allowed ? null : { what: `add a ${word}`, next }}
    >
      {allowed ? (
        <OrganizationForm
          action={createOrganizationAction}
          initialValues={emptyOrganizationValues(kind ?? '')}
          regions={await listRegionOptions(await requestDb())}
          cancelHref={list?.href ?? '/'}
        />
      ) : null}
    </FormPage>
  );
}
