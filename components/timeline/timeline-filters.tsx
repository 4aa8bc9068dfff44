'use client';

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS, REGION_KIND_LABELS } from '@/lib/domain/labels';
import { EVENT_STATUSES, EVENT_TYPES, REGION_KINDS, type RegionKind } from '@/lib/domain/vocabulary';
import { GROUP_BY, GROUP_BY_LABELS, type GroupBy } from '@/lib/timeline/types';
import type { ViewState } from '@/lib/view-state/schema';

// Filters of the timeline, bound to the URL by the page: each change is one history entry, so
// Back undoes it. Lists are checkboxes in disclosure panels; lanes are a select.

export interface FilterOption {
  value: string;
  label: string;
  group?: string;
  meta?: string;
}

interface FilterProps {
  state: Pick<ViewState, 'vendors' | 'regions' | 'types' | 'statuses' | 'group'>;
  vendors: { slug: string; name: string; eventCount?: number }[];
  regions: { slug: string; name: string; kind: RegionKind }[];
  onChange(patch: Partial<Pick<ViewState, 'vendors' | 'regions' | 'types' | 'statuses' | 'group'>>): void;
}

function summaryOf(selected: string[], options: FilterOption[]): string {
  if (selected.length === 0) return 'All';
  const names = selected.map((v) => options.find((o) => o.value === v)?.label ?? v);
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

function CheckboxFilter({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: FilterOption[];
  selected: string[];
  onChange(values: string[]): void;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const uid = useId();
  useEffect(() => {
    const close = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key === 'Escape' && ref.current?.open) {
      e.preventDefault();
      ref.current.open = false;
      ref.current.querySelector('summary')?.focus();
    }
  };
  const groups: { name: string | undefined; options: FilterOption[] }[] = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && last.name === option.group) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the options' order, so the URL does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  const box = (option: FilterOption): ReactNode => (
    <label key={option.value} className="timeline-check">
      <input
        type="checkbox"
        checked={selected.includes(option.value)}
        onChange={(e) => toggle(option.value, e.target.checked)}
      />
      <span>{option.label}</span>
      {option.meta ? (
        <span className="timeline-check__meta">
          {option.meta}
          <span className="visually-hidden"> events</span>
        </span>
      ) : null}
    </label>
  );
  return (
    <details ref={ref} className="timeline-filter" onKeyDown={onKeyDown}>
      <summary>
        {label}
        <span className="timeline-filter__value">
          <span className="visually-hidden">: </span>
          {summaryOf(selected, options)}
        </span>
      </summary>
      <div className="timeline-filter__panel">
        {groups.map((group, k) => (
          <fieldset key={group.name ?? k}>
            <legend className={group.name ? undefined : 'visually-hidden'}>{group.name ?? label}</legend>
            {group.options.map(box)}
          </fieldset>
        ))}
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])} aria-describedby={uid}>
            Clear
          </button>
        ) : null}
        <span id={uid} className="visually-hidden">
          {label}
        </span>
      </div>
    </details>
  );
}

export function TimelineFilters({ state, vendors, regions, onChange }: FilterProps) {
  const uid = useId();
  const vendorOptions = vendors.map((v) => ({
    value: v.slug,
    label: v.name,
    meta: v.eventCount !== undefined ? String(v.eventCount) : undefined,
  }));
  const regionOptions = REGION_KINDS.flatMap((kind) =>
    regions
      .filter((r) => r.kind === kind)
      .map((r) => ({ value: r.slug, label: r.name, group: REGION_KIND_LABELS[kind] })),
  );
  const typeOptions = EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }));
  const statusOptions = EVENT_STATUSES.map((s) => ({ value: s, label: EVENT_STATUS_LABELS[s] }));
  const filtered =
    state.vendors.length + state.regions.length + state.types.length + state.statuses.length > 0;
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      <CheckboxFilter
        label="Vendors"
        options={vendorOptions}
        selected={state.vendors}
        onChange={(v) => onChange({ vendors: v })}
      />
      <CheckboxFilter
        label="Regions"
        options={regionOptions}
        selected={state.regions}
        onChange={(v) => onChange({ regions: v })}
      />
      <CheckboxFilter
        label="Types"
        options={typeOptions}
        selected={state.types}
        onChange={(v) => onChange({ types: v as ViewState['types'] })}
      />
      <CheckboxFilter
        label="Statuses"
        options={statusOptions}
        selected={state.statuses}
        onChange={(v) => onChange({ statuses: v as ViewState['statuses'] })}
      />
      <div className="field">
        <label htmlFor={`${uid}-group`}>Lanes by</label>
        <select
          id={`${uid}-group`}
          className="select"
          value={state.group}
          onChange={(e) => onChange({ group: e.target.value as GroupBy })}
        >
          {GROUP_BY.map((g) => (
            <option key={g} value={g}>
              {GROUP_BY_LABELS[g]}
            </option>
          ))}
        </select>
      </div>
      {filtered ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ vendors: [], regions: [], types: [], statuses: [] })}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
