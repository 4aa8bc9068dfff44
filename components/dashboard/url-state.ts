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
    whenRouterOwnsHistory(() => {
      const query = dashboardSearchWith(window.location.search, patch);
      window.history.pushState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    });
  }, []);
  return [state, setState];
}

/**
 * Runs `write` once Next's router has taken over the History API. Until its first effect has run
 * (it marks its entries with `__NA` and patches pushState), a URL written by hand is not seen by
 * the router, and its first replaceState puts the server's URL back: a filter chosen while a slow
 * device is still hydrating would silently revert (seen in CI under load).
 */
function whenRouterOwnsHistory(write: () => void, attempt = 0) {
  const owned = (window.history.state as { __NA?: boolean } | null)?.__NA === true;
  if (owned || attempt >= 100) write();
  else setTimeout(() => whenRouterOwnsHistory(write, attempt + 1), 20);
}
