import Link from 'next/link';
import { LogoMark } from './logo-mark';
import { PrimaryNav } from './primary-nav';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <LogoMark className="brand__mark" />
          <span>Beachhead</span>
          <span className="brand__tagline">How smartphone vendors enter markets</span>
        </Link>
        <PrimaryNav />
      </div>
    </header>
  );
}
