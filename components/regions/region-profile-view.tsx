import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RegionRollup } from '@/lib/dashboard/types';
import type { OrgRef, RegionProfile } from '@/lib/domain/dto';
import { REGION_KIND_LABELS } from '@/lib/domain/labels';
import { EventList } from '@/components/events/event-list';
import { organizationHref } from '@/components/organizations/organization-href';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { DefinitionList } from '@/components/ui/definition-list';
import { InlineList } from '@/components/ui/inline-list';
import { FollowCard } from '@/components/events/export-links';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { RegionLink } from './region-link';
import '@/components/dashboard/dashboard.css';

function OrgLinks({ orgs }: { orgs: OrgRef[] }) {
  return <InlineList items={orgs} getKey={(o) => o.id} render={(o) => <OrganizationLink org={o} />} />;
}

/** A region's page: its note, where it sits, who is present, and events there or in its members. */
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/** For a region with members: each vendor's first entry into any member, and the share of members entered. */
function RollupSection({ rollup, name }: { rollup: RegionRollup; name: string }) {
  return (
    <Section id="rollup" title="Entries into its members" count={rollup.vendors.length}>
      <p className="muted">
        {`For each vendor: its first entry (or established presence) in any of ${name}'s ${rollup.members.length} member regions, at any depth, and how many of those members it has entered.`}
      </p>
      {rollup.vendors.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rollup-caption">
          <table className="data-table">
            <caption id="rollup-caption" className="visually-hidden">
              {`Vendors' entries into the members of ${name}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Vendor</th>
                <th scope="col">First entry</th>
                <th scope="col">Members entered</th>
              </tr>
            </thead>
            <tbody>
              {rollup.vendors.map((v) => (
                <tr key={v.vendor.id} data-vendor={v.vendor.slug}>
                  <th scope="row">
                    <OrganizationLink org={v.vendor} />
                  </th>
                  <td>
                    <Link href={`/events/${v.firstEntry.eventId}`}>{v.firstEntry.title}</Link>
                    {` — ${v.firstEntry.dateLabel}, `}
                    <RegionLink region={v.firstEntry.member} />
                  </td>
                  <td className="num">{`${v.membersEntered} of ${v.membersTotal} (${PERCENT.format(v.share)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No vendor has entered any member yet.</p>
      )}
    </Section>
  );
}

export function RegionProfileView({
  profile,
  actions,
  rollup,
}: {
  profile: RegionProfile;
  actions?: ReactNode;
  rollup?: RegionRollup | null;
}) {
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={[{ label: 'Regions', href: '/regions' }, { label: profile.name }]} />}
        eyebrow={
          profile.isoCode
            ? `${REGION_KIND_LABELS[profile.kind]} · ${profile.isoCode}`
            : REGION_KIND_LABELS[profile.kind]
        }
        title={profile.name}
        actions={actions}
      />
      <div className="layout-split">
        <div className="stack">
          {profile.note ? (
            <div className="callout">
              <h2 className="visually-hidden">Note</h2>
              <p>{profile.note}</p>
            </div>
          ) : null}
          {rollup && profile.members.length > 0 ? (
            <RollupSection rollup={rollup} name={profile.name} />
          ) : null}
          <Section id="events" title="Events" count={profile.events.length} bare>
            {profile.members.length > 0 ? (
              <p className="muted">Including events in {profile.name}’s member regions.</p>
            ) : null}
            <EventList
              events={profile.events}
              label={`Events in ${profile.name}, in date order`}
              emptyTitle={`No events recorded in ${profile.name} yet.`}
            />
          </Section>
        </div>
        <aside className="stack" aria-label={`About ${profile.name}`}>
          <Card>
            <h2>Facts</h2>
            <DefinitionList
              layout="stacked"
              items={[
                { term: 'Kind', details: REGION_KIND_LABELS[profile.kind] },
                { term: 'ISO 3166 code', details: profile.isoCode },
                {
                  term: 'Part of',
                  details:
                    profile.parents.length > 0 ? (
                      <InlineList
                        items={profile.parents}
                        getKey={(r) => r.id}
                        render={(r) => <RegionLink region={r} />}
                      />
                    ) : null,
                },
                {
                  term: 'Members',
                  details:
                    profile.members.length > 0 ? (
                      <InlineList
                        items={profile.members}
                        getKey={(r) => r.id}
                        render={(r) => <RegionLink region={r} />}
                      />
                    ) : null,
                },
                {
                  term: 'Carriers operating here',
                  details: profile.carriers.length > 0 ? <OrgLinks orgs={profile.carriers} /> : null,
                },
                {
                  term: 'Retailers operating here',
                  details: profile.retailers.length > 0 ? <OrgLinks orgs={profile.retailers} /> : null,
                },
              ]}
            />
          </Card>
          <FollowCard by="region" slug={profile.slug} name={profile.name} />
          {profile.vendors.length > 0 ? (
            <Section id="vendors" title="Vendors present" count={profile.vendors.length}>
              <ul className="chips">
                {profile.vendors.map((vendor) => (
                  <li key={vendor.id}>
                    <Link className="chip" href={organizationHref(vendor)}>
                      {vendor.name}{' '}
                      <span className="chip__meta">
                        {vendor.eventCount === 1 ? '1 event' : `${vendor.eventCount} events`}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
