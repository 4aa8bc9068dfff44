import Link from 'next/link';
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS, REGION_KIND_LABELS } from '@/lib/domain/labels';
import { EVENT_STATUSES, EVENT_TYPES, REGION_KINDS, type RegionKind } from '@/lib/domain/vocabulary';

/** The form's current values, as they stand in the URL (one value per field). */
export interface EventFilterValues {
  q?: string;
  vendor?: string;
  region?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}

interface EventFiltersFormProps {
  values: EventFilterValues;
  vendors: { slug: string; name: string }[];
  regions: { slug: string; name: string; kind: RegionKind }[];
  /** Where the form submits (GET); defaults to /events. */
  action?: string;
}

/** A plain GET form: it works without JavaScript and every filter state has its own URL. */
export function EventFiltersForm({ values, vendors, regions, action = '/events' }: EventFiltersFormProps) {
  const regionGroups = REGION_KINDS.map((kind) => ({
    kind,
    regions: regions.filter((r) => r.kind === kind),
  })).filter((group) => group.regions.length > 0);
  return (
    <form className="filters" method="get" action={action} role="search" aria-label="Filter events">
      <div className="field filters__search">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" className="input" type="search" name="q" defaultValue={values.q ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="filter-vendor">Vendor</label>
        <select id="filter-vendor" className="select" name="vendor" defaultValue={values.vendor ?? ''}>
          <option value="">Any vendor</option>
          {vendors.map((vendor) => (
            <option key={vendor.slug} value={vendor.slug}>
              {vendor.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-region">Region</label>
        <select id="filter-region" className="select" name="region" defaultValue={values.region ?? ''}>
          <option value="">Any region</option>
          {regionGroups.map((group) => (
            <optgroup key={group.kind} label={REGION_KIND_LABELS[group.kind]}>
              {group.regions.map((region) => (
                <option key={region.slug} value={region.slug}>
                  {region.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" className="select" name="type" defaultValue={values.type ?? ''}>
          <option value="">Any type</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {EVENT_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" className="select" name="status" defaultValue={values.status ?? ''}>
          <option value="">Any status</option>
          {EVENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {EVENT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input
          id="filter-from"
          className="input"
          type="date"
          name="from"
          defaultValue={values.from ?? ''}
          aria-describedby="filter-dates-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input
          id="filter-to"
          className="input"
          type="date"
          name="to"
          defaultValue={values.to ?? ''}
          aria-describedby="filter-dates-hint"
        />
      </div>
      <p id="filter-dates-hint" className="field__hint filters__search">
        Events whose date window overlaps the range from–to are shown; either end may be left empty.
      </p>
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href={action} className="button button--secondary">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
