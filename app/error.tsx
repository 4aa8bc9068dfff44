'use client';

import Link from 'next/link';
import { useEffect } from 'react';

// Shown when a page fails to render (most often: the database could not be reached).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  return (
    <div className="status-page" role="alert">
      <h1>This page could not be loaded</h1>
      <p className="muted">
        Something went wrong while reading the data. It is often temporary: try again in a few seconds.
      </p>
      {digest ? (
        <p className="muted">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <div className="status-page__actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link className="button button--secondary" href="/">
          Back to the overview
        </Link>
      </div>
    </div>
  );
}
