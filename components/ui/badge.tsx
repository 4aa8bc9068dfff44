import type { ReactNode } from 'react';

interface BadgeProps {
  children: ReactNode;
  /** Extra modifier classes (without the `badge--` prefix), e.g. "status-planned". */
  variant?: string;
  title?: string;
}

export function Badge({ children, variant, title }: BadgeProps) {
  return (
    <span className={variant ? `badge badge--${variant}` : 'badge'} title={title}>
      {children}
    </span>
  );
}
