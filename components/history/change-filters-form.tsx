import {
  DateRangeFields,
  FilterActions,
  FilterSelect,
  vocabularyOptions,
} from '@/components/filters/filter-fields';
import { ENTITY_TYPES, REVISION_ACTIONS } from '@/lib/domain/vocabulary';
import { entityTypeSlug } from '@/lib/history/change-filters';
import type { ChangeActor } from '@/lib/history/types';
import { ACTION_LABELS, ENTITY_TYPE_LABELS } from './labels';

export interface ChangeFilterValues {
  type?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

/** A plain GET form: every filter state of the feed is a URL. */
export function ChangeFiltersForm({ values, actors }: { values: ChangeFilterValues; actors: ChangeActor[] }) {
  const actorKnown = !values.actor || actors.some((a) => a.value === values.actor);
  return (
    <form className="filters" method="get" action="/changes" role="search" aria-label="Filter changes">
      <FilterSelect id="changes-type" name="type" label="Record type" anyLabel="Any type" value={values.type}>
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={entityTypeSlug(type)}>
            {ENTITY_TYPE_LABELS[type].many}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="changes-action"
        name="action"
        label="Action"
        anyLabel="Any action"
        value={values.action}
      >
        {vocabularyOptions(REVISION_ACTIONS, ACTION_LABELS)}
      </FilterSelect>
      <FilterSelect id="changes-actor" name="actor" label="Who" anyLabel="Anyone" value={values.actor}>
        {actorKnown ? null : <option value={values.actor}>{values.actor}</option>}
        {actors.map((actor) => (
          <option key={actor.value} value={actor.value}>
            {actor.label}
          </option>
        ))}
      </FilterSelect>
      <DateRangeFields
        idPrefix="changes"
        from={values.from}
        to={values.to}
        hint="Days of the change itself (UTC), both ends included; either may be left empty."
      />
      <FilterActions clearHref="/changes" />
    </form>
  );
}
