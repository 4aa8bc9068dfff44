import type { UserRole } from '@/lib/domain/vocabulary';
import styles from './auth.module.css';

const ROLE_CLASS: Record<UserRole, string | undefined> = {
  contributor: styles.roleContributor,
  editor: styles.roleEditor,
  admin: styles.roleAdmin,
};

export function RoleBadge({ role }: { role: UserRole }) {
  return (
    <span className={`badge ${styles.role} ${ROLE_CLASS[role] ?? ''}`} data-role={role}>
      <span className="visually-hidden">role: </span>
      {role}
    </span>
  );
}
