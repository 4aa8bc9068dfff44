/** Beachhead's mark: a flag planted on a shoreline. Decorative; the name is always beside it. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect className="logo-mark__tile" width="32" height="32" rx="8" />
      <path
        className="logo-mark__sea"
        d="M0 22.5c3.2-2.2 6.4-2.2 9.6 0s6.4 2.2 9.6 0 6.4-2.2 9.6 0 2.4 1.6 3.2 1.2V32H0Z"
      />
      <path className="logo-mark__line" d="M11.5 21.5V6.5" />
      <path className="logo-mark__flag" d="M12.5 6.5h10.3l-2.6 3.6 2.6 3.6H12.5Z" />
    </svg>
  );
}
