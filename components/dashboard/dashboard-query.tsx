'use client';

import { hydrate, useQuery, type DehydratedState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getQueryClient } from '@/components/providers/query-client';
import type { DashboardFilters, FullDashboardData } from '@/lib/dashboard/types';
import { dashboardQueryKey, fetchDashboard } from './queries';

// The dashboard's data layer in the browser: react-query, with the panels the server page
// prefetched hydrated into the browser's client. DashboardView loads this module (and
// react-query with it) when the filters first leave those of the server-rendered view; until
// then the panels are the server's, so the first load does without react-query.

export interface DashboardQueryResult {
  data: FullDashboardData | undefined;
  isPlaceholderData: boolean;
  isFetching: boolean;
  error: Error | null;
}

interface Props {
  filters: DashboardFilters;
  /** The server page's prefetched queries (react-query's dehydrated state). */
  dehydrated: DehydratedState;
  /** The panels shown when this mounts: kept (dimmed) while the first new ones load. */
  shown: FullDashboardData | undefined;
  onResult(result: DashboardQueryResult): void;
}

/** Runs the dashboard query for `filters` and reports its state; renders nothing. */
export function DashboardQuery({ filters, dehydrated, shown, onResult }: Props) {
  const [client] = useState(() => {
    const queryClient = getQueryClient();
    hydrate(queryClient, dehydrated);
    return queryClient;
  });
  const query = useQuery(
    {
      queryKey: dashboardQueryKey(filters),
      queryFn: ({ signal }) => fetchDashboard(filters, signal) as Promise<FullDashboardData>,
      // keepPreviousData, and before this observer has any data, the panels already on screen.
      placeholderData: (previous) => previous ?? shown,
    },
    client,
  );
  const { data, isPlaceholderData, isFetching, error } = query;
  useEffect(() => {
    onResult({ data, isPlaceholderData, isFetching, error });
  }, [onResult, data, isPlaceholderData, isFetching, error]);
  return null;
}
