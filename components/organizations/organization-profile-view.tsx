import type { ReactNode } from 'react';
import type { OrganizationProfile } from '@/lib/domain/dto';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { EventList } from '@/components/events/event-list';
import { RegionLink } from '@/components/regions/region-link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { DefinitionList } from '@/components/ui/definition-list';
import { displayHost, ExternalLink } from '@/components/ui/external-link';
import { InlineList } from '@/components/ui/inline-list';
import { FollowCard } from '@/components/events/export-links';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { isRoutedKind, KIND_ROUTES } from './organization-href';
import { PartnerList } from './partner-list';
import { PeopleList } from './people-list';
import { PresenceTable } from './presence-table';
import { ProductList } from './product-list';

/** A vendor's, carrier's, retailer's or agency's page: presence, events, partners, products, people. */
export function OrganizationProfileView({
  profile,
  actions,
}: {
  profile: OrganizationProfile;
  actions?: ReactNode;
}) {
  const kindLabel = ORGANIZATION_KIND_LABELS[profile.kind];
  const breadcrumb = isRoutedKind(profile.kind) ? (
    <Breadcrumb
      items={[{ label: kindLabel.many, href: KIND_ROUTES[profile.kind] }, { label: profile.name }]}
    />
  ) : undefined;

  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        eyebrow={kindLabel.one}
        title={profile.name}
        lead={profile.description || undefined}
        actions={actions}
      />
      <div className="layout-split">
        <div className="stack">
          {profile.presence.length > 0 ? (
            <Section id="presence" title="Presence" count={profile.presence.length}>
              <PresenceTable
                presence={profile.presence}
                caption={`Where ${profile.name} stands, by region`}
              />
            </Section>
          ) : null}
          <Section id="events" title="Events" count={profile.events.length} bare>
            <EventList
              events={profile.events}
              label={`Events involving ${profile.name}, in date order`}
              emptyTitle={`No events involve ${profile.name} yet.`}
            />
          </Section>
        </div>
        <aside className="stack" aria-label={`About ${profile.name}`}>
          <Card>
            <h2>Facts</h2>
            <DefinitionList
              layout="stacked"
              items={[
                { term: 'Kind', details: kindLabel.one },
                { term: 'Headquarters', details: profile.hqCountry },
                {
                  term: 'Website',
                  details: profile.website ? (
                    <ExternalLink href={profile.website}>{displayHost(profile.website)}</ExternalLink>
                  ) : null,
                },
                {
                  term: 'Operates in',
                  details:
                    profile.regions.length > 0 ? (
                      <InlineList
                        items={profile.regions}
                        getKey={(r) => r.id}
                        render={(r) => <RegionLink region={r} />}
                      />
                    ) : null,
                },
              ]}
            />
          </Card>
          {profile.kind === 'vendor' ? (
            <FollowCard by="vendor" slug={profile.slug} name={profile.name} />
          ) : null}
          {profile.partners.length > 0 ? (
            <Section id="partners" title="Partners" count={profile.partners.length}>
              <PartnerList partners={profile.partners} />
            </Section>
          ) : null}
          {profile.products.length > 0 ? (
            <Section id="products" title="Products" count={profile.products.length}>
              <ProductList products={profile.products} />
            </Section>
          ) : null}
          {profile.people.length > 0 ? (
            <Section id="people" title="People" count={profile.people.length}>
              <PeopleList people={profile.people} />
            </Section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
