import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  // Rendered per request, like every other page, so that its scripts carry the request's CSP
  // nonce (proxy.ts); a prerendered 404 would load without JavaScript.
  await connection();
  return (
    <div className="status-page">
      <p className="status-page__code" aria-hidden="true">
        404
      </p>
      <h1>Page not found</h1>
      <p className="muted">
        Nothing is recorded at this address. The record may have been renamed or removed, or the link may be
        mistyped.
      </p>
      <div className="status-page__actions">
        <Link className="button" href="/">
          Back to the overview
        </Link>
        <Link className="button button--secondary" href="/events">
          Browse events
        </Link>
      </div>
    </div>
  );
}
