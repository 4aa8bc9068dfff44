'use client';

import type { DehydratedState } from '@tanstack/react-query';
import Link from 'next/link';
import { lazy, useMemo, useState, type ReactNode } from 'react';
import { filtersQuery, type DashboardFilters, type FullDashboardData } from '@/lib/dashboard/types';
import { EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { EVENT_TYPES } from '@/lib/domain/vocabulary';
import { dashboardFiltersOf } from '@/lib/view-state/dashboard';
import { EventCompactList } from '@/components/events/event-compact';
import { RevisionList } from '@/components/events/revision-list';
import { EmptyState } from '@/components/ui/empty-state';
import { StatList } from '@/components/ui/stat-list';
import { DashboardFiltersForm, type FilterOption } from './dashboard-filters';
import { Panel } from './panel';
import { PresenceMatrixTable } from './presence-matrix';
import { PRESENCE_LABELS, PRESENCE_STATES } from './presence-labels';
import { ClientOnly } from './client-only';
import type { DashboardQueryResult } from './dashboard-query';
import { useDashboardUrlState } from './url-state';
import { mapVendorOf, WorldMap, type MapShape } from './world-map';
import './dashboard.css';

// The analyst dashboard. The URL holds the filters (./url-state: the nuqs parsers of
// lib/view-state/dashboard.ts, written with the History API); react-query holds the panels under
// a key of those filters, prefetched by the server page for the first view and refetched from
// GET /api/v1/dashboard when a filter changes (the previous panels stay, dimmed, meanwhile).
// react-query is loaded with ./dashboard-query when the filters first change: the first view
// shows the server's panels and needs none of it (nor does choosing the map's vendor).
const DashboardQuery = lazy(() => import('./dashboard-query').then((m) => ({ default: m.DashboardQuery })));

const CHART_HEIGHT = 300;
const chartSkeleton = <div className="skeleton" aria-hidden="true" />;

/** A chart (or an empty state) and, under "Data of the chart", the same figures as a table. */
function ChartWithData({
  chart,
  emptyTitle,
  table,
}: {
  chart: ReactNode;
  emptyTitle: string;
  table: ReactNode;
}) {
  return (
    <>
      <div className="chart-frame" style={{ ['--chart-height' as string]: `${CHART_HEIGHT}px` }}>
        {chart ? (
          <ClientOnly fallback={chartSkeleton}>{chart}</ClientOnly>
        ) : (
          <EmptyState title={emptyTitle} />
        )}
      </div>
      <details className="chart-data">
        <summary>Data of the chart</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </>
  );
}
// Loaded after the page (client-only), so recharts stays out of the first-load JavaScript.
const QuarterChart = lazy(() => import('./charts').then((m) => ({ default: m.QuarterChart })));
const RegionChart = lazy(() => import('./charts').then((m) => ({ default: m.RegionChart })));

interface Props {
  vendors: FilterOption[];
  regions: FilterOption[];
  map: { shapes: MapShape[]; width: number; height: number };
  /** The server page's prefetched queries (react-query's dehydrated state). */
  dehydrated: DehydratedState;
}

/** The panels the server prefetched, and the filters key they are for. */
function prefetched(dehydrated: DehydratedState): { key: string; data: FullDashboardData | undefined } {
  const entry = dehydrated.queries.find((q) => q.queryKey[0] === 'dashboard');
  return {
    key: typeof entry?.queryKey[1] === 'string' ? entry.queryKey[1] : '',
    data: entry?.state.data as FullDashboardData | undefined,
  };
}

export function DashboardView({ vendors, regions, map, dehydrated }: Props) {
  const [state, setState] = useDashboardUrlState();
  const filters = dashboardFiltersOf(state);
  const initial = useMemo(() => prefetched(dehydrated), [dehydrated]);
  const leftInitial = !initial.data || filtersQuery(filters) !== initial.key;
  // Once the filters have left the server's view, react-query runs the panels from then on.
  const [live, setLive] = useState(false);
  if (leftInitial && !live) setLive(true);
  const [result, setResult] = useState<DashboardQueryResult | null>(null);
  const query: DashboardQueryResult = result ?? {
    data: initial.data,
    isPlaceholderData: leftInitial,
    isFetching: leftInitial,
    error: null,
  };
  const data = query.data;
  const busy = query.isPlaceholderData || (query.isFetching && !data);
  const change = (patch: Partial<DashboardFilters>) => setState(patch);
  const mapVendor = data ? mapVendorOf(data.matrix, state.map) : null;

  return (
    <div className="dashboard">
      {live ? (
        <ClientOnly>
          <DashboardQuery
            filters={filters}
            dehydrated={dehydrated}
            shown={initial.data}
            onResult={setResult}
          />
        </ClientOnly>
      ) : null}
      <DashboardFiltersForm filters={filters} vendors={vendors} regions={regions} onChange={change} />
      <p className="dashboard-status" role="status">
        {query.error
          ? `The dashboard could not be updated: ${query.error.message}`
          : busy
            ? 'Updating the dashboard…'
            : data
              ? `${data.headline.events === 1 ? '1 event' : `${data.headline.events} events`} shown.`
              : ''}
      </p>
      {!data ? (
        <DashboardSkeleton />
      ) : (
        <>
          <div className="panel-body" aria-busy={busy}>
            <StatList
              label="Headline figures"
              stats={[
                { label: 'Vendors', value: data.headline.vendors },
                { label: 'Regions', value: data.headline.regions },
                { label: 'Events', value: data.headline.events },
                { label: 'Plans pending', value: data.headline.plansPending },
                { label: 'Plans overdue', value: data.headline.plansOverdue },
              ]}
            />
          </div>
          <div className="dashboard__grid dashboard__grid--2">
            <Panel
              id="quarters"
              title="Events per quarter, by type"
              busy={busy}
              download="events-per-quarter"
            >
              <ChartWithData
                chart={data.quarters.length ? <QuarterChart rows={data.quarters} /> : null}
                emptyTitle="No events."
                table={
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">Quarter</th>
                        <th scope="col">Events</th>
                        <th scope="col">By type</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.quarters.map((q) => (
                        <tr key={q.quarter}>
                          <th scope="row">{q.quarter}</th>
                          <td className="num">{q.total}</td>
                          <td>
                            {EVENT_TYPES.filter((t) => q.counts[t])
                              .map((t) => `${EVENT_TYPE_LABELS[t]} ${q.counts[t]}`)
                              .join(', ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
              />
            </Panel>
            <Panel id="entries" title="Entries by region" busy={busy} download="entries-by-region">
              <ChartWithData
                chart={data.regions.length ? <RegionChart rows={data.regions} /> : null}
                emptyTitle="No entries or plans."
                table={
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">Region</th>
                        {PRESENCE_STATES.map((s) => (
                          <th key={s} scope="col">
                            {PRESENCE_LABELS[s]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {data.regions.map((r) => (
                        <tr key={r.region.id}>
                          <th scope="row">{r.region.name}</th>
                          {PRESENCE_STATES.map((s) => (
                            <td key={s} className="num">
                              {r.counts[s]}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
              />
            </Panel>
          </div>
          <Panel id="presence" title="Presence matrix" busy={busy}>
            <PresenceMatrixTable matrix={data.matrix} filters={filters} />
          </Panel>
          <Panel
            id="map"
            title="World map"
            busy={busy}
            download="world-map"
            downloadTitle={mapVendor ? `Where ${mapVendor.name} is present` : 'World map'}
          >
            <WorldMap
              shapes={map.shapes}
              width={map.width}
              height={map.height}
              matrix={data.matrix}
              vendor={mapVendor}
              onVendorChange={(slug) => setState({ map: slug })}
            />
          </Panel>
          <div className="dashboard__grid dashboard__grid--3">
            <Panel id="upcoming" title="Upcoming planned entries" busy={busy}>
              {data.upcoming.length ? (
                <EventCompactList events={data.upcoming} label="Upcoming planned entries, soonest first" />
              ) : (
                <EmptyState title="No planned entry ahead." />
              )}
            </Panel>
            <Panel id="overdue" title="Overdue plans" busy={busy}>
              {data.overdue.length ? (
                <>
                  <p className="muted">
                    Their window has passed and no outcome (happened or cancelled) is linked.
                  </p>
                  <EventCompactList events={data.overdue} label="Overdue plans" />
                </>
              ) : (
                <EmptyState title="No plan is overdue." />
              )}
            </Panel>
            <Panel
              id="changes"
              title="Recent changes"
              busy={busy}
              aside={<Link href="/changes">All changes</Link>}
            >
              {data.changes.length ? (
                <RevisionList revisions={data.changes} showRecord label="Recent changes, newest first" />
              ) : (
                <EmptyState title="No changes recorded yet." />
              )}
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div className="dashboard" aria-hidden="true">
      <div className="skeleton skeleton--block" />
      <div className="dashboard__grid dashboard__grid--2">
        <div className="skeleton" style={{ height: CHART_HEIGHT + 80 }} />
        <div className="skeleton" style={{ height: CHART_HEIGHT + 80 }} />
      </div>
      <div className="skeleton" style={{ height: 240 }} />
    </div>
  );
}
