import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@/components/share/share.css';

// Embeds: the timeline alone, for other sites' iframes. The root layout leaves out the site's
// header and footer for /embed/… (proxy.ts marks the request), and these are the only pages
// that may be framed (frame-ancestors *; no X-Frame-Options: next.config.ts, lib/security/csp.ts).
export const metadata: Metadata = { robots: { index: false } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="embed-page">{children}</main>;
}
