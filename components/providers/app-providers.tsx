'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import { getQueryClient } from './query-client';

/**
 * Client-side providers: react-query (one shared client in the browser) and nuqs's adapter for
 * the App Router (URL state). Routes that need them wrap their content in it; it can move up to
 * the root layout unchanged when more of the app uses them.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
