import Link from 'next/link';
import type { RegionSummary } from '@/lib/domain/dto';
import { REGION_KINDS } from '@/lib/domain/vocabulary';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineList } from '@/components/ui/inline-list';
import { regionHref } from './region-href';
import { REGION_KIND_PLURALS } from './region-kind-labels';
import { RegionLink } from './region-link';

function RegionCard({ region }: { region: RegionSummary }) {
  return (
    <li className="card">
      <h3 className="org-card__title">
        <Link href={regionHref(region)}>{region.name}</Link>
      </h3>
      <p className="org-card__facts">
        <span>{region.eventCount === 1 ? '1 event' : `${region.eventCount} events`}</span>
        {region.isoCode ? <span>ISO {region.isoCode}</span> : null}
      </p>
      {region.parents.length > 0 ? (
        <div className="org-card__facts">
          <span>
            Part of{' '}
            <InlineList
              items={region.parents}
              getKey={(r) => r.id}
              render={(r) => <RegionLink region={r} />}
            />
          </span>
        </div>
      ) : null}
    </li>
  );
}

/** All regions, grouped by kind from the widest (global) to the narrowest (city). */
export function RegionIndex({ regions }: { regions: RegionSummary[] }) {
  if (regions.length === 0) return <EmptyState title="No regions recorded yet." />;
  const groups = REGION_KINDS.map((kind) => ({
    kind,
    regions: regions.filter((r) => r.kind === kind),
  })).filter((group) => group.regions.length > 0);
  return (
    <>
      {groups.map((group) => (
        <section key={group.kind} className="region-group" aria-labelledby={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`} className="region-group__title section-title">
            {REGION_KIND_PLURALS[group.kind]}{' '}
            <span className="section-title__count">{group.regions.length}</span>
          </h2>
          <ul className="grid" role="list">
            {group.regions.map((region) => (
              <RegionCard key={region.id} region={region} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
