import Link from 'next/link';
import authStyles from '@/components/auth/auth.module.css';
import { UserMenu, type HeaderUser } from '@/components/auth/user-menu';
import { LogoMark } from './logo-mark';
import { PrimaryNav } from './primary-nav';

interface SiteHeaderProps {
  /** Who is signed in (null: a visitor). */
  user?: HeaderUser | null;
  /** The sign-out server action (app/account/actions.ts), passed in: components never reach db/. */
  signOutAction?: () => Promise<void>;
}

export function SiteHeader({ user = null, signOutAction }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className={`container site-header__inner ${authStyles.header}`}>
        <Link href="/" className="brand">
          <LogoMark className="brand__mark" />
          <span>Beachhead</span>
          <span className="brand__tagline">How smartphone vendors enter markets</span>
        </Link>
        <PrimaryNav />
        {signOutAction ? <UserMenu user={user} signOutAction={signOutAction} /> : null}
      </div>
    </header>
  );
}
