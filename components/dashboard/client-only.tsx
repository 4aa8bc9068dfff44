'use client';

import { Suspense, useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/**
 * Renders `children` in the browser only: `fallback` on the server and while hydrating, then
 * the children (React.lazy components load then, under Suspense with the same fallback). The
 * same as next/dynamic's `ssr: false`, with React's own lazy instead of next/dynamic's loader
 * (about 3 KB gzipped less in the dashboard's first-load JS).
 */
export function ClientOnly({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return inBrowser ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
