import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getOrganizationProfile, listOrganizations } from '@/db/queries/organizations';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { ORGANIZATION_INDEX_COPY, OrganizationIndex } from '@/components/organizations/organization-index';
import type { RoutedKind } from '@/components/organizations/organization-href';
import { OrganizationProfileView } from '@/components/organizations/organization-profile-view';
import { RecordActions } from '@/components/forms/record-actions';

// /vendors, /carriers and /retailers (and their [slug] profiles) differ only by kind; each route
// file picks its kind from here. /organizations/[slug] uses the profile without a kind.

export interface SlugProps {
  params: Promise<{ slug: string }>;
}

/** One read per request, shared by generateMetadata and the page. */
const loadProfile = cache(async (slug: string, kind: OrganizationKind | undefined) =>
  getOrganizationProfile(await requestDb(), decodeURIComponent(slug), kind),
);

export function organizationIndexRoute(kind: RoutedKind) {
  const copy = ORGANIZATION_INDEX_COPY[kind];
  const metadata: Metadata = { title: copy.title, description: copy.lead };
  async function Page() {
    const db = await requestDb();
    const [organizations, actor] = await Promise.all([listOrganizations(db, kind), getRequestActor()]);
    const actions = (
      <RecordActions
        canEdit={decide(actor, 'create', 'organization').allowed}
        label={copy.title}
        add={{
          href: `/organizations/new?kind=${kind}`,
          text: `Add ${ORGANIZATION_KIND_LABELS[kind].one.toLowerCase()}`,
        }}
      />
    );
    return <OrganizationIndex kind={kind} organizations={organizations} actions={actions} />;
  }
  return { metadata, Page };
}

/** A profile route; a slug of another kind (e.g. /carriers/xiaomi) is a 404. */
export function organizationProfileRoute(kind?: RoutedKind) {
  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const { slug } = await params;
    const profile = await loadProfile(slug, kind);
    if (!profile) return { title: 'Not found' };
    return {
      title: profile.name,
      description:
        profile.description || `${ORGANIZATION_KIND_LABELS[profile.kind].one} ${profile.name} on Beachhead.`,
    };
  }
  async function Page({ params }: SlugProps) {
    const { slug } = await params;
    const profile = await loadProfile(slug, kind);
    if (!profile || (kind && profile.kind !== kind)) notFound();
    const canEdit = decide(await getRequestActor(), 'update', 'organization').allowed;
    const actions = (
      <RecordActions
        canEdit={canEdit}
        label={profile.name}
        editHref={`/organizations/${encodeURIComponent(profile.slug)}/edit`}
        addEventHref={profile.kind === 'vendor' ? `/events/new?vendor=${profile.id}` : '/events/new'}
        history={{ entityType: 'organization', id: profile.id }}
      />
    );
    return <OrganizationProfileView profile={profile} actions={actions} />;
  }
  return { generateMetadata, Page };
}
