import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRequestActor } from '@/db/auth/actor';
import { getProductProfile } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
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

const load = cache(async (slug: string) => getProductProfile(await requestDb(), decodeURIComponent(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).slug);
  return { title: product ? product.name : 'Not found' };
}

export default async function ProductPage({ params }: Props) {
  const product = await load((await params).slug);
  if (!product) notFound();
  const canEdit = decide(await getRequestActor(), 'update', 'product').allowed;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ label: 'Products', href: '/products' }, { label: product.name }]} />
        }
        eyebrow={`Product · ${PRODUCT_CATEGORY_LABELS[product.category]}`}
        title={product.name}
        actions={
          <RecordActions
            canEdit={canEdit}
            label={product.name}
            editHref={`/products/${encodeURIComponent(product.slug)}/edit`}
            history={{ entityType: 'product', id: product.id }}
          />
        }
      />
      <div className="layout-split">
        <Section id="events" title="Events" count={product.events.length} bare>
          <EventList
            events={product.events}
            label={`Events involving ${product.name}, in date order`}
            emptyTitle={`No events name ${product.name} yet.`}
          />
        </Section>
        <aside aria-label={`About ${product.name}`}>
          <Card>
            <h2>Facts</h2>
            <DefinitionList
              layout="stacked"
              items={[
                {
                  term: 'Vendor',
                  details: product.vendor ? <OrganizationLink org={product.vendor} /> : null,
                },
                { term: 'Category', details: PRODUCT_CATEGORY_LABELS[product.category] },
              ]}
            />
          </Card>
        </aside>
      </div>
    </>
  );
}
