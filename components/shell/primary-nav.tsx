'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export const PRIMARY_NAV = [
  { href: '/', label: 'Overview' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/events', label: 'Events' },
  { href: '/metrics', label: 'Metrics' },
  { href: '/vendors', label: 'Vendors' },
  { href: '/carriers', label: 'Carriers' },
  { href: '/retailers', label: 'Retailers' },
  { href: '/regions', label: 'Regions' },
  { href: '/changes', label: 'Changes' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function PrimaryNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav className="primary-nav" aria-label="Primary">
      <ul className="primary-nav__list">
        {PRIMARY_NAV.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                className="primary-nav__link"
                aria-current={current ? (pathname === item.href ? 'page' : 'location') : undefined}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
