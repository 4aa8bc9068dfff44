import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>Beachhead records how smartphone vendors enter markets, every claim tied to its source.</p>
        <ul className="site-footer__links">
          <li>
            <Link href="/events">All events</Link>
          </li>
          <li>
            {/* A JSON document, not a page: a plain anchor, no client-side navigation. */}
            <a href="/api/v1/openapi.json">API</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
