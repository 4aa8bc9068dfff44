'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { dataExtent } from '@/lib/timeline/model';
import { boundsFromWindow, fitWindow, resolveWindow } from '@/lib/timeline/time';
import type { TimeWindow, TimelineData } from '@/lib/timeline/types';
import { viewStateParsers, viewStateUrlKeys } from '@/lib/view-state/codec';
import { normalizeViewState, type ViewState } from '@/lib/view-state/schema';
import type { RegionKind } from '@/lib/domain/vocabulary';
import { EventPanel } from './event-panel';
import { canonicalFilters, fetchTimeline, timelineQueryKey } from './queries';
import { Timeline, type TimelineHandle } from './timeline';
import { TimelineFilters } from './timeline-filters';
import { TimelineTable } from './timeline-table';

// /timeline in the browser: the view state lives in the URL (nuqs, one history entry per
// change, so Back and Forward walk through filters, zooms and selections); the events come from
// react-query (prefetched by the server page, refetched when the filters change).

const EMPTY: TimelineData = { items: [], links: [], truncated: false, limit: 0 };

interface TimelineViewProps {
  vendors: { slug: string; name: string; eventCount?: number }[];
  regions: { slug: string; name: string; kind: RegionKind }[];
}

export function TimelineView({ vendors, regions }: TimelineViewProps) {
  const [raw, setState] = useQueryStates(viewStateParsers, { urlKeys: viewStateUrlKeys, history: 'push' });
  const state = normalizeViewState(raw as ViewState);
  const filterKey = [state.vendors, state.regions, state.types, state.statuses]
    .map((l) => l.join(','))
    .join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => canonicalFilters(state), [filterKey]);
  const query = useQuery({
    queryKey: timelineQueryKey(filters),
    queryFn: ({ signal }) => fetchTimeline(filters, signal),
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? EMPTY;
  const fitted = useMemo(() => fitWindow(dataExtent(data.items)), [data]);
  const resolved = resolveWindow(state.from, state.to, fitted);
  const urlWindow: TimeWindow | null = state.from || state.to ? resolved : null;
  const timelineRef = useRef<TimelineHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  const shown = useMemo(() => new Set(data.items.map((i) => i.id)), [data]);
  const selectedItem = state.event ? (data.items.find((i) => i.id === state.event) ?? null) : null;

  const onWindowChange = useCallback(
    (w: TimeWindow | null) => {
      if (!w) {
        void setState({ from: null, to: null });
        return;
      }
      const { from, to } = boundsFromWindow(w);
      void setState({ from, to });
    },
    [setState],
  );

  const select = useCallback(
    (id: string | null, options: { focusPanel?: boolean } = {}) => {
      focusPanel.current = Boolean(id && options.focusPanel);
      void setState({ event: id });
    },
    [setState],
  );

  useEffect(() => {
    if (state.event && focusPanel.current) {
      focusPanel.current = false;
      headingRef.current?.focus();
    }
  }, [state.event]);

  const closePanel = () => {
    const id = state.event;
    void setState({ event: null });
    if (state.mode === 'timeline') timelineRef.current?.focus();
    else if (id)
      document.querySelector<HTMLButtonElement>(`.timeline-table [data-event-id="${id}"] button`)?.focus();
  };

  const onPanelKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closePanel();
    }
  };

  const count = data.items.length;
  return (
    <div className="timeline-view timeline-view--wide">
      <section aria-label="Filters" className="card">
        <TimelineFilters
          state={state}
          vendors={vendors}
          regions={regions}
          onChange={(patch) => void setState(patch)}
        />
      </section>
      <div className="timeline-view__bar">
        <fieldset className="segmented">
          <legend>Show as</legend>
          {(['timeline', 'list'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="timeline-mode"
                value={mode}
                checked={state.mode === mode}
                onChange={() => void setState({ mode })}
              />
              {mode === 'timeline' ? 'Timeline' : 'List'}
            </label>
          ))}
        </fieldset>
        <p className="timeline-view__summary" aria-live="polite">
          {query.isFetching && !query.isPending ? 'Updating… ' : ''}
          {count} {count === 1 ? 'event' : 'events'}
          {data.truncated ? ` (the first ${data.limit}; narrow the filters to see the rest)` : ''}
        </p>
      </div>
      {state.asOf ? (
        <p className="callout" role="note">
          This link asks for the data as known on {state.asOf.slice(0, 10)}. That view is not available yet:
          the timeline shows the current data.
        </p>
      ) : null}
      {query.isError ? (
        <p className="callout" role="alert">
          The events could not be loaded: {query.error.message}
        </p>
      ) : null}
      <div className={`timeline-view__main${state.event ? ' timeline-view__main--with-panel' : ''}`}>
        <div>
          {state.mode === 'timeline' ? (
            <Timeline
              ref={timelineRef}
              data={data}
              group={state.group}
              window={urlWindow}
              onWindowChange={onWindowChange}
              selectedId={state.event}
              onSelect={(id) => select(id)}
              label="Timeline of events"
            />
          ) : (
            <TimelineTable
              data={data}
              group={state.group}
              window={resolved}
              selectedId={state.event}
              onSelect={(id) => select(id, { focusPanel: true })}
            />
          )}
        </div>
        {state.event ? (
          <div onKeyDown={onPanelKeyDown}>
            <EventPanel
              key={state.event}
              id={state.event}
              item={selectedItem}
              onClose={closePanel}
              onSelect={(id) => select(id, { focusPanel: true })}
              isShown={(id) => shown.has(id)}
              headingRef={headingRef}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
