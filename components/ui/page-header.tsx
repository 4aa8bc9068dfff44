import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** A short word above the title: the record's kind ("Vendor", "Event"). */
  eyebrow?: ReactNode;
  lead?: ReactNode;
  /** Badges or facts shown under the title. */
  meta?: ReactNode;
  breadcrumb?: ReactNode;
  /** Links to act on the page's record (Edit, History, Add event), under the title. */
  actions?: ReactNode;
}

export function PageHeader({ title, eyebrow, lead, meta, breadcrumb, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      {breadcrumb}
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1>{title}</h1>
      {meta ? <div className="page-header__meta">{meta}</div> : null}
      {lead ? <p className="page-header__lead">{lead}</p> : null}
      {actions}
    </header>
  );
}
