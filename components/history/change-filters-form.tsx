import Link from 'next/link';
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
      <div className="field">
        <label htmlFor="changes-type">Record type</label>
        <select id="changes-type" className="select" name="type" defaultValue={values.type ?? ''}>
          <option value="">Any type</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={entityTypeSlug(type)}>
              {ENTITY_TYPE_LABELS[type].many}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="changes-action">Action</label>
        <select id="changes-action" className="select" name="action" defaultValue={values.action ?? ''}>
          <option value="">Any action</option>
          {REVISION_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {ACTION_LABELS[action]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="changes-actor">Who</label>
        <select id="changes-actor" className="select" name="actor" defaultValue={values.actor ?? ''}>
          <option value="">Anyone</option>
          {actorKnown ? null : <option value={values.actor}>{values.actor}</option>}
          {actors.map((actor) => (
            <option key={actor.value} value={actor.value}>
              {actor.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="changes-from">From</label>
        <input
          id="changes-from"
          className="input"
          type="date"
          name="from"
          defaultValue={values.from ?? ''}
          aria-describedby="changes-dates-hint"
        />
      </div>
      <div className="field">
        <label htmlFor="changes-to">To</label>
        <input
          id="changes-to"
          className="input"
          type="date"
          name="to"
          defaultValue={values.to ?? ''}
          aria-describedby="changes-dates-hint"
        />
      </div>
      <p id="changes-dates-hint" className="field__hint filters__search">
        Days of the change itself (UTC), both ends included; either may be left empty.
      </p>
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <Link href="/changes" className="button button--secondary">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
