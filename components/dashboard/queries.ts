import { filtersQuery, type DashboardData, type DashboardFilters } from '@/lib/dashboard/types';

// react-query key and fetcher of the dashboard, shared by the server page (prefetch) and the
// browser: the key holds the filters in canonical order, so the hydrated entry is used as is.

export class DashboardFetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DashboardFetchError';
  }
}

export function dashboardQueryKey(filters: DashboardFilters) {
  return ['dashboard', filtersQuery(filters)] as const;
}

export async function fetchDashboard(
  filters: DashboardFilters,
  signal?: AbortSignal,
): Promise<DashboardData> {
  const query = filtersQuery(filters);
  const response = await fetch(query ? `/api/v1/dashboard?${query}` : '/api/v1/dashboard', {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    let message = `Request failed (${response.status})`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // keep the generic message
    }
    throw new DashboardFetchError(response.status, message);
  }
  return (await response.json()) as DashboardData;
}
