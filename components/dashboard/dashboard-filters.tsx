'use client';

import type { DashboardFilters } from '@/lib/dashboard/types';
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';

export interface FilterOption {
  slug: string;
  name: string;
}

interface Props {
  filters: DashboardFilters;
  vendors: FilterOption[];
  regions: FilterOption[];
  onChange: (patch: Partial<DashboardFilters>) => void;
}

const SEVERAL = '__several__';

/** One value per list (a URL may hold several: they show as "several" until changed). */
function ListSelect({
  id,
  label,
  all,
  values,
  options,
  onChange,
}: {
  id: string;
  label: string;
  all: string;
  values: string[];
  options: { value: string; label: string }[];
  onChange: (values: string[]) => void;
}) {
  const value = values.length === 0 ? '' : values.length === 1 ? values[0]! : SEVERAL;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value === '' ? [] : [e.target.value])}>
        <option value="">{all}</option>
        {value === SEVERAL ? (
          <option value={SEVERAL} disabled>
            {`${values.length} selected`}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The dashboard's filters; every change goes to the URL (and from there to every panel). */
export function DashboardFiltersForm({ filters, vendors, regions, onChange }: Props) {
  const any =
    filters.vendor.length + filters.region.length + filters.type.length + filters.status.length > 0 ||
    filters.from ||
    filters.to;
  return (
    <form
      className="card dashboard-filters"
      aria-label="Filters"
      onSubmit={(e) => e.preventDefault()}
      role="search"
    >
      <ListSelect
        id="filter-vendor"
        label="Vendor"
        all="All vendors"
        values={filters.vendor}
        options={vendors.map((v) => ({ value: v.slug, label: v.name }))}
        onChange={(vendor) => onChange({ vendor })}
      />
      <ListSelect
        id="filter-region"
        label="Region"
        all="All regions"
        values={filters.region}
        options={regions.map((r) => ({ value: r.slug, label: r.name }))}
        onChange={(region) => onChange({ region })}
      />
      <ListSelect
        id="filter-type"
        label="Type"
        all="All types"
        values={filters.type}
        options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }))}
        onChange={(type) => onChange({ type: type as DashboardFilters['type'] })}
      />
      <ListSelect
        id="filter-status"
        label="Status"
        all="All statuses"
        values={filters.status}
        options={EVENT_STATUSES.map((s) => ({ value: s, label: EVENT_STATUS_LABELS[s] }))}
        onChange={(status) => onChange({ status: status as DashboardFilters['status'] })}
      />
      <div>
        <label htmlFor="filter-from">From</label>
        <input
          id="filter-from"
          type="date"
          value={filters.from ?? ''}
          max={filters.to ?? undefined}
          onChange={(e) => onChange({ from: e.target.value || null })}
        />
      </div>
      <div>
        <label htmlFor="filter-to">To</label>
        <input
          id="filter-to"
          type="date"
          value={filters.to ?? ''}
          min={filters.from ?? undefined}
          onChange={(e) => onChange({ to: e.target.value || null })}
        />
      </div>
      <div>
        <button
          type="button"
          className="button button--secondary"
          disabled={!any}
          onClick={() => onChange({ vendor: [], region: [], type: [], status: [], from: null, to: null })}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
