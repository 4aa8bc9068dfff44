'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { UserRole } from '@/lib/domain/vocabulary';
import styles from './auth.module.css';
import { RoleBadge } from './role-badge';

export interface HeaderUser {
  name: string;
  role: UserRole;
}

function returnPath(pathname: string): string {
  return pathname === '/' || pathname.startsWith('/sign-in') || pathname.startsWith('/sign-up')
    ? ''
    : `?next=${encodeURIComponent(pathname)}`;
}

/** The header's account corner: a sign-in link, or who is signed in with their links. */
export function UserMenu({
  user,
  signOutAction,
}: {
  user: HeaderUser | null;
  signOutAction: () => Promise<void>;
}) {
  const pathname = usePathname() ?? '/';
  if (!user) {
    return (
      <div className={styles.userMenu}>
        <Link
          href={`/sign-in${returnPath(pathname)}`}
          className={`button button--secondary ${styles.signIn}`}
        >
          Sign in
        </Link>
      </div>
    );
  }
  const current = (href: string) =>
    pathname === href || pathname.startsWith(`${href}/`) ? 'page' : undefined;
  return (
    <nav className={`${styles.userMenu} ${styles.signedIn}`} aria-label="Account">
      <span className={styles.who} data-testid="signed-in-user">
        <span className="visually-hidden">Signed in as </span>
        <span className={styles.userName} title={user.name}>
          {user.name}
        </span>
        <RoleBadge role={user.role} />
      </span>
      <ul className={styles.menuLinks}>
        <li>
          <Link href="/account" className={styles.menuLink} aria-current={current('/account')}>
            Account
          </Link>
        </li>
        {user.role === 'admin' ? (
          <li>
            <Link href="/admin/users" className={styles.menuLink} aria-current={current('/admin')}>
              Users
            </Link>
          </li>
        ) : null}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={styles.menuButton}>
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
