import {
  DateRangeFields,
  FilterActions,
  FilterSelect,
  vocabularyOptions,
} from '@/components/filters/filter-fields';
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
      <FilterSelect
        id="filter-vendor"
        name="vendor"
        label="Vendor"
        anyLabel="Any vendor"
        value={values.vendor}
      >
        {vendors.map((vendor) => (
          <option key={vendor.slug} value={vendor.slug}>
            {vendor.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="filter-region"
        name="region"
        label="Region"
        anyLabel="Any region"
        value={values.region}
      >
        {regionGroups.map((group) => (
          <optgroup key={group.kind} label={REGION_KIND_LABELS[group.kind]}>
            {group.regions.map((region) => (
              <option key={region.slug} value={region.slug}>
                {region.name}
              </option>
            ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-type" name="type" label="Type" anyLabel="Any type" value={values.type}>
        {vocabularyOptions(EVENT_TYPES, EVENT_TYPE_LABELS)}
      </FilterSelect>
      <FilterSelect
        id="filter-status"
        name="status"
        label="Status"
        anyLabel="Any status"
        value={values.status}
      >
        {vocabularyOptions(EVENT_STATUSES, EVENT_STATUS_LABELS)}
      </FilterSelect>
      <DateRangeFields
        idPrefix="filter"
        from={values.from}
        to={values.to}
        hint="Events whose date window overlaps the range from–to are shown; either end may be left empty."
      />
      <FilterActions clearHref={action} />
    </form>
  );
}
