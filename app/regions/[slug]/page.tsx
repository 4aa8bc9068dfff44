import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getRegionRollup } from '@/db/queries/dashboard';
import { getRegionProfile } from '@/db/queries/regions';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { RegionProfileView } from '@/components/regions/region-profile-view';

interface Props {
  params: Promise<{ slug: string }>;
}

const loadRegion = cache(async (slug: string) =>
  getRegionProfile(await requestDb(), decodeURIComponent(slug)),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await loadRegion((await params).slug);
  if (!region) return { title: 'Not found' };
  return {
    title: region.name,
    description: region.note || `Smartphone vendors, carriers and retailers in ${region.name}.`,
  };
}

export default async function RegionPage({ params }: Props) {
  const region = await loadRegion((await params).slug);
  if (!region) notFound();
  const [actor, rollup] = await Promise.all([
    getRequestActor(),
    region.members.length > 0 ? getRegionRollup(await requestDb(), region.slug) : Promise.resolve(null),
  ]);
  const canEdit = decide(actor, 'update', 'region').allowed;
  const actions = (
    <RecordActions
      canEdit={canEdit}
      label={region.name}
      editHref={`/regions/${encodeURIComponent(region.slug)}/edit`}
      addEventHref={`/events/new?region=${region.id}`}
      history={{ entityType: 'region', id: region.id }}
    />
  );
  return <RegionProfileView profile={region} actions={actions} rollup={rollup} />;
}
