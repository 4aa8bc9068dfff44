import { defaultShouldDehydrateQuery, isServer, QueryClient } from '@tanstack/react-query';

// One react-query setup for the app (create-t3-app's pattern): data stays fresh for a minute,
// so a server-prefetched query is not refetched as soon as the page hydrates; pending queries
// are dehydrated too, so the server can start a fetch the browser picks up.

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: 1,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per server request; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
