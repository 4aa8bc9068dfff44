import type { ReactNode } from 'react';

/** True for absolute http(s) addresses, the only ones Beachhead links to. */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

interface ExternalLinkProps {
  href: string | null | undefined;
  children: ReactNode;
  className?: string;
}

/**
 * A link to another site, opened with rel="noopener noreferrer". Anything that is not an
 * http(s) address (javascript:, data:, a bare word) renders as plain text, never as a link.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isHttpUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} className={className} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** The host of a URL without "www.", for showing a website compactly. */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
