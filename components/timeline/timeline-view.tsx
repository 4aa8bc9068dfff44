'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { dataExtent } from '@/lib/timeline/model';
import { boundsFromWindow, fitWindow, resolveWindow } from '@/lib/timeline/time';
import type { TimeWindow, TimelineData } from '@/lib/timeline/types';
import { viewStateHref, viewStateParsers, viewStateUrlKeys } from '@/lib/view-state/codec';
import { formatMoment } from '@/lib/view-state/describe';
import { normalizeViewState, type ViewState } from '@/lib/view-state/rules';
import type { RegionKind } from '@/lib/domain/vocabulary';
import { ShareDialog } from '@/components/share/share-dialog';
import { AsKnownOnControl } from './as-known-on-control';
import { eventsQueryOfTimeline } from '@/lib/export/view-query';
import { ExportButtons } from './export-buttons';
import { canonicalFilters, fetchTimeline, timelineQueryKey } from './queries';
import { Timeline, type TimelineHandle } from './timeline';
import { TimelineFilters } from './timeline-filters';

// Loaded when first shown (server-rendered when the URL asks for them): the detail panel once an
// event is selected, the table in list mode. Neither is needed to show and operate the timeline.
const EventPanel = dynamic(() => import('./event-panel').then((m) => m.EventPanel), {
  loading: () => <p className="muted timeline-panel">Loading the event…</p>,
});
const TimelineTable = dynamic(() => import('./timeline-table').then((m) => m.TimelineTable), {
  loading: () => <p className="muted">Loading the list…</p>,
});

// A timeline view in the browser. Its state comes either from the URL (/timeline and
// /embed/timeline: nuqs, one history entry per change, so Back and Forward walk through filters,
// zooms and selections) or from a saved view (/v/[slug] and /embed/v/[slug]: the saved state,
// changed locally). The events come from react-query (prefetched by the server page, refetched
// when the filters or the "as known on" moment change).

const EMPTY: TimelineData = { items: [], links: [], truncated: false, limit: 0 };

export type TimelineViewVariant = 'page' | 'saved' | 'embed';

interface Options {
  vendors?: { slug: string; name: string; eventCount?: number }[];
  regions?: { slug: string; name: string; kind: RegionKind }[];
  variant?: TimelineViewVariant;
}

interface UrlTimelineViewProps extends Options {
  /** Embeds replace the history entry instead of pushing one (the host page's Back stays its own). */
  history?: 'push' | 'replace';
}

/** The timeline whose state lives in the URL. */
export function TimelineView({ history = 'push', ...options }: UrlTimelineViewProps) {
  const [raw, setState] = useQueryStates(viewStateParsers, { urlKeys: viewStateUrlKeys, history });
  const state = normalizeViewState(raw as ViewState);
  const patch = useCallback((p: Partial<ViewState>) => void setState(p), [setState]);
  return <TimelineViewBody state={state} setState={patch} {...options} />;
}

interface SavedTimelineViewProps extends Options {
  initial: ViewState;
  slug: string;
}

/** The timeline of a saved view: starts as saved; zooms and selections stay on this page. */
export function SavedTimelineView({ initial, slug, ...options }: SavedTimelineViewProps) {
  const [state, setLocal] = useState(initial);
  const patch = useCallback(
    (p: Partial<ViewState>) => setLocal((previous) => normalizeViewState({ ...previous, ...p })),
    [],
  );
  return <TimelineViewBody state={state} setState={patch} savedSlug={slug} {...options} />;
}

interface BodyProps extends Options {
  state: ViewState;
  setState(patch: Partial<ViewState>): void;
  savedSlug?: string;
}

/** The largest height the lanes may take in an embed so the whole timeline fits the frame. */
function useEmbedFit(
  enabled: boolean,
  container: React.RefObject<HTMLDivElement | null>,
): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    const fit = () => {
      const view = container.current;
      const frame = view?.querySelector<HTMLElement>('.timeline__frame');
      if (!view || !frame) return;
      // Room for the lanes: the window's height less what is above them and what the view
      // shows below them (overview), less the page's bottom padding.
      const rect = frame.getBoundingClientRect();
      const below = view.getBoundingClientRect().bottom - rect.bottom;
      const available = Math.floor(
        window.innerHeight - (rect.top + window.scrollY) - Math.max(0, below) - 16,
      );
      setHeight((previous) => {
        const next = Math.max(140, available);
        return previous !== undefined && Math.abs(previous - next) < 2 ? previous : next;
      });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(document.documentElement);
    if (container.current) observer.observe(container.current);
    window.addEventListener('resize', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [enabled, container]);
  return height;
}

export function TimelineViewBody({
  state,
  setState,
  vendors = [],
  regions = [],
  variant = 'page',
  savedSlug,
}: BodyProps) {
  const filterKey = [state.vendors, state.regions, state.types, state.statuses]
    .map((l) => l.join(','))
    .join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => canonicalFilters(state), [filterKey]);
  const asOf = state.asOf;
  const query = useQuery({
    queryKey: timelineQueryKey(filters, asOf),
    queryFn: ({ signal }) => fetchTimeline(filters, asOf, signal),
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? EMPTY;
  const fitted = useMemo(() => fitWindow(dataExtent(data.items)), [data]);
  const resolved = resolveWindow(state.from, state.to, fitted);
  const urlWindow: TimeWindow | null = state.from || state.to ? resolved : null;
  const timelineRef = useRef<TimelineHandle>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);
  const shown = useMemo(() => new Set(data.items.map((i) => i.id)), [data]);
  const selectedItem = state.event ? (data.items.find((i) => i.id === state.event) ?? null) : null;
  const embedded = variant === 'embed';
  const embedHeight = useEmbedFit(embedded && state.mode === 'timeline', containerRef);

  const onWindowChange = useCallback(
    (w: TimeWindow | null) => {
      if (!w) {
        setState({ from: null, to: null });
        return;
      }
      const { from, to } = boundsFromWindow(w);
      setState({ from, to });
    },
    [setState],
  );

  const select = useCallback(
    (id: string | null, options: { focusPanel?: boolean } = {}) => {
      focusPanel.current = Boolean(id && options.focusPanel);
      setState({ event: id });
    },
    [setState],
  );

  // The panel's heading takes the focus when it appears (the panel may still be loading when the
  // selection changes) or, if it is already there, once the selection has changed.
  const attachHeading = useCallback((element: HTMLHeadingElement | null) => {
    headingRef.current = element;
    if (element && focusPanel.current) {
      focusPanel.current = false;
      element.focus();
    }
  }, []);
  useEffect(() => {
    if (state.event && focusPanel.current && headingRef.current) {
      focusPanel.current = false;
      headingRef.current.focus();
    }
  }, [state.event]);

  const closePanel = () => {
    const id = state.event;
    setState({ event: null });
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
  let notice: ReactNode = null;
  // A saved view's page says it above the view itself.
  if (asOf && variant !== 'saved') {
    const current = viewStateHref({ ...state, asOf: null });
    notice = (
      <p className="callout timeline-view__as-of" role="note" data-testid="as-of-notice">
        Showing the data as recorded on <time dateTime={asOf}>{formatMoment(asOf)}</time>.{' '}
        {variant === 'page' ? (
          <button type="button" className="link-button" onClick={() => setState({ asOf: null })}>
            Show the current data
          </button>
        ) : (
          <Link href={current} target={embedded ? '_blank' : undefined}>
            See the current data
          </Link>
        )}
      </p>
    );
  }

  return (
    <div
      ref={containerRef}
      className={`timeline-view${embedded ? ' timeline-view--embed' : ' timeline-view--wide'}`}
      data-variant={variant}
    >
      {variant === 'page' ? (
        <section aria-label="Filters" className="card">
          <TimelineFilters state={state} vendors={vendors} regions={regions} onChange={(p) => setState(p)} />
        </section>
      ) : null}
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
                onChange={() => setState({ mode })}
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
        {!embedded ? (
          <div className="timeline-view__actions">
            {variant === 'page' ? (
              <AsKnownOnControl value={asOf} onChange={(v) => setState({ asOf: v })} />
            ) : null}
            {state.mode === 'timeline' ? (
              <ExportButtons timeline={timelineRef} name={savedSlug ?? 'timeline'} />
            ) : null}
            {/* The CSV holds the data as it is now, so it is not offered for an "as known on" view. */}
            {!asOf ? (
              <a
                className="button button--secondary"
                href={`/api/v1/events.csv${eventsQueryOfTimeline(state)}`}
                download
                data-testid="timeline-export-csv"
              >
                Download CSV
              </a>
            ) : null}
            <ShareDialog state={state} savedSlug={savedSlug} />
          </div>
        ) : null}
      </div>
      {notice}
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
              maxHeight={embedHeight}
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
              asOf={asOf}
              onClose={closePanel}
              onSelect={(id) => select(id, { focusPanel: true })}
              isShown={(id) => shown.has(id)}
              headingRef={attachHeading}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
