import Link from 'next/link';
import type { OrganizationSummary, Overview } from '@/lib/domain/dto';
import { EventCompactList } from '@/components/events/event-compact';
import { EventList } from '@/components/events/event-list';
import { RevisionList } from '@/components/events/revision-list';
import { organizationHref } from '@/components/organizations/organization-href';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatList } from '@/components/ui/stat-list';

interface OverviewDashboardProps {
  overview: Overview;
  vendors: OrganizationSummary[];
}

/** The front page: headline figures, vendors, recent events, planned entries and recent changes. */
export function OverviewDashboard({ overview, vendors }: OverviewDashboardProps) {
  const { counts } = overview;
  return (
    <>
      <PageHeader
        title="How smartphone vendors enter markets"
        lead="Store openings, carrier deals, planned entries and cancelled partnerships, each dated as precisely as its sources allow and tied to them."
      />
      <StatList
        label="Headline figures"
        stats={[
          { label: 'Vendors', value: counts.vendors },
          { label: 'Regions', value: counts.regions },
          { label: 'Events', value: counts.events },
          { label: 'Sources', value: counts.sources },
          { label: 'Planned entries pending', value: counts.plansPending },
        ]}
      />
      <div className="stack">
        <Section id="vendors" title="Vendors" aside={<Link href="/vendors">All vendors</Link>}>
          {vendors.length > 0 ? (
            <ul className="chips">
              {vendors.map((vendor) => (
                <li key={vendor.id}>
                  <Link className="chip" href={organizationHref(vendor)}>
                    {vendor.name}{' '}
                    <span className="chip__meta">{vendor.eventCount === 1 ? '1 event' : `${vendor.eventCount} events`}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No vendors recorded yet." />
          )}
        </Section>
        <div className="layout-overview">
          <Section id="recent-events" title="Recent events" aside={<Link href="/events">All events</Link>} bare>
            <EventList events={overview.recentEvents} label="Recent events, newest first" emptyTitle="No events recorded yet." />
          </Section>
          <div className="stack">
            <Section id="upcoming" title="Upcoming planned entries" count={overview.upcoming.length}>
              {overview.upcoming.length > 0 ? (
                <EventCompactList events={overview.upcoming} />
              ) : (
                <EmptyState title="No planned entries pending." />
              )}
            </Section>
            <Section id="changes" title="Recent changes">
              {overview.recentChanges.length > 0 ? (
                <RevisionList revisions={overview.recentChanges} showRecord label="Recent changes, newest first" />
              ) : (
                <EmptyState title="No changes recorded yet." />
              )}
            </Section>
          </div>
        </div>
      </div>
    </>
  );
}
