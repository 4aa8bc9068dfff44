import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
// Fonts are bundled from local packages (no Google Fonts, no CDN): Inter for text, Source Serif 4
// for titles and quotes. Both are variable fonts, so one file serves every weight.
import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './globals.css';
import { fontVariables } from './fonts';
import { SiteFooter } from '@/components/shell/site-footer';
import { SiteHeader } from '@/components/shell/site-header';
import { SkipLink } from '@/components/shell/skip-link';
import { getHeaderUser } from '@/db/auth/header-user';
import { signOutAction } from './account/actions';

export const metadata: Metadata = {
  title: {
    default: 'Beachhead: how smartphone vendors enter markets',
    template: '%s · Beachhead',
  },
  description:
    'Beachhead tracks how smartphone vendors enter (and fail to enter) markets: dated events between vendors, carriers, retailers and regions, each tied to its sources.',
  applicationName: 'Beachhead',
  alternates: {
    types: {
      'application/atom+xml': [{ url: '/feeds/changes.atom', title: 'Beachhead: recent changes' }],
      'text/calendar': [{ url: '/feeds/planned.ics', title: 'Beachhead: planned market entries' }],
    },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#151c24' },
  ],
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Embeds (/embed/…, marked by proxy.ts) are the page alone: no header, navigation or footer.
  if ((await headers()).get('x-beachhead-embed') === '1') {
    return (
      <html lang="en" className={fontVariables}>
        <body className="embed-body">{children}</body>
      </html>
    );
  }
  const user = await getHeaderUser();
  return (
    <html lang="en" className={fontVariables}>
      <body>
        <SkipLink target="main" />
        <SiteHeader user={user} signOutAction={signOutAction} />
        <main id="main" className="site-main" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
