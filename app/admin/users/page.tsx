import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/auth/auth.module.css';
import { RoleBadge } from '@/components/auth/role-badge';
import { UserRoleForm } from '@/components/auth/user-role-form';
import { PageHeader } from '@/components/ui/page-header';
import { Timestamp } from '@/components/ui/timestamp';
import { getRequestActor } from '@/db/auth/actor';
import { listUsers } from '@/db/auth/roles';
import { requestDb } from '@/db/server';
import { changeRoleAction } from './actions';

export const metadata: Metadata = { title: 'Users', robots: { index: false } };

export default async function AdminUsersPage() {
  const actor = await getRequestActor();
  // Not signed in, or not an admin: the page does not exist for them (404; `forbidden()` would
  // need Next's experimental authInterrupts). setUserRole checks the role again on every change.
  if (actor.kind !== 'user' || actor.role !== 'admin') notFound();
  const users = await listUsers(await requestDb());
  const admins = users.filter((u) => u.role === 'admin').length;
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Users"
        lead="Contributors add and edit records; editors also delete, restore, revert and import; admins also manage roles. There is always at least one admin."
        meta={
          <span className="muted">{`${users.length} ${users.length === 1 ? 'user' : 'users'}, ${admins} ${admins === 1 ? 'admin' : 'admins'}`}</span>
        }
      />
      <div className={`table-wrap ${styles.tableWrap}`}>
        <table className="data-table">
          <caption className="visually-hidden">Users and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">Change role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  {user.name}
                  {user.id === actor.id ? <span className="muted"> (you)</span> : null}
                </th>
                <td>{user.email}</td>
                <td>
                  <RoleBadge role={user.role} />
                </td>
                <td>
                  <Timestamp value={user.createdAt.toISOString()} />
                </td>
                <td>
                  <UserRoleForm
                    action={changeRoleAction}
                    userId={user.id}
                    userName={user.name}
                    role={user.role}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
