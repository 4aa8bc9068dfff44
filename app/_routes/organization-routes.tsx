import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getOrganizationProfile, listOrganizations } from '@/db/queries/organizations';
import { requestDb } from '@/db/server';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { ORGANIZATION_INDEX_COPY, OrganizationIndex } from '@/components/organizations/organization-index';
import type { RoutedKind } from '@/components/organizations/organization-href';
import { OrganizationProfileView } from '@/components/organizations/organization-profile-view';

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
    const organizations = await listOrganizations(db, kind);
    return <OrganizationIndex kind={kind} organizations={organizations} />;
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
      description: profile.description || `${ORGANIZATION_KIND_LABELS[profile.kind].one} ${profile.name} on Beachhead.`,
    };
  }
  async function Page({ params }: SlugProps) {
    const { slug } = await params;
    const profile = await loadProfile(slug, kind);
    if (!profile || (kind && profile.kind !== kind)) notFound();
    return <OrganizationProfileView profile={profile} />;
  }
  return { generateMetadata, Page };
}
