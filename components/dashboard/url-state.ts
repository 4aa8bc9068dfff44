'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  dashboardSearchWith,
  parseDashboardSearch,
  type DashboardUrlState,
} from '@/lib/view-state/dashboard';

// The dashboard's state in the URL, with Next's own integration of the History API: a change
// is one pushState (one history entry, no server round trip, no scroll), which Next's router
// picks up (useSearchParams), and Back/Forward come back through it. The parsing and writing
// are the nuqs parsers of lib/view-state/dashboard.ts, shared with the server page; nuqs's
// React adapter (about 8 KB gzipped) is not needed for that on this page.

export function useDashboardUrlState(): [DashboardUrlState, (patch: Partial<DashboardUrlState>) => void] {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => parseDashboardSearch(search), [search]);
  const setState = useCallback((patch: Partial<DashboardUrlState>) => {
    const query = dashboardSearchWith(window.location.search, patch);
    window.history.pushState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  }, []);
  return [state, setState];
}
