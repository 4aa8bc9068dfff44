import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/domain/permissions';
import { USER_ROLES, type UserRole } from '@/lib/domain/vocabulary';
import type { Db, Executor, Tx } from '../client';
import { revisions, users } from '../schema';

// Role management. The rules live here, where the write happens, whatever the caller: only an
// admin changes roles, the last admin cannot be demoted, and every change writes one revision
// (entity 'user', after-image {id, name, email, role}).

export const USER_ENTITY_TYPE = 'user';

export type RoleChangeErrorCode =
  'unauthenticated' | 'forbidden' | 'not-found' | 'invalid-role' | 'last-admin';

export class RoleChangeError extends Error {
  constructor(
    readonly code: RoleChangeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RoleChangeError';
  }
}

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  createdAt: Date;
}

const summaryColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  createdAt: users.createdAt,
};

export async function listUsers(db: Executor): Promise<UserSummary[]> {
  return db.select(summaryColumns).from(users).orderBy(asc(users.createdAt), asc(users.id));
}

export async function getUserSummary(db: Executor, userId: string): Promise<UserSummary | null> {
  const [row] = await db.select(summaryColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

export async function getUserByEmail(db: Executor, email: string): Promise<UserSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export interface RoleChangeResult {
  user: UserSummary;
  changed: boolean;
  previousRole: UserRole;
}

/** Who is recorded on the revision. */
interface Recorder {
  actorId: string | null;
  actorLabel: string;
}

/**
 * Changes a user's role (admins only). Refuses to demote the last admin. Writes one revision
 * when the role actually changes; setting the same role again is a no-op.
 */
export async function setUserRole(
  db: Db,
  actor: Actor,
  userId: string,
  role: UserRole,
): Promise<RoleChangeResult> {
  if (actor.kind === 'anonymous') throw new RoleChangeError('unauthenticated', 'Sign in to manage roles.');
  if (actor.kind === 'user' && actor.role !== 'admin') {
    throw new RoleChangeError('forbidden', `Only admins may change roles; you are a ${actor.role}.`);
  }
  const recorder: Recorder =
    actor.kind === 'user'
      ? { actorId: actor.id, actorLabel: actor.name }
      : { actorId: null, actorLabel: actor.label };
  return db.transaction(async (tx) => {
    // An admin's own role is re-read inside the transaction: a demoted admin's stale session
    // cannot keep changing roles.
    if (actor.kind === 'user') {
      const [me] = await tx
        .select({ role: users.role })
        .from(users)
        .where(eq(users.id, actor.id))
        .for('update');
      if (me?.role !== 'admin') throw new RoleChangeError('forbidden', 'Only admins may change roles.');
    }
    return applyRoleChange(tx, userId, role, recorder);
  });
}

/**
 * The change itself, inside the caller's transaction; no permission check (the command-line
 * `admin:create` and setUserRole use it). Exported for scripts only.
 */
export async function applyRoleChange(
  tx: Tx,
  userId: string,
  role: UserRole,
  recorder: Recorder,
): Promise<RoleChangeResult> {
  if (!(USER_ROLES as readonly string[]).includes(role)) {
    throw new RoleChangeError('invalid-role', `Unknown role "${String(role)}".`);
  }
  // Lock every admin row (and the target) so two concurrent demotions cannot both pass the
  // last-admin check.
  const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).for('update');
  const [target] = await tx.select(summaryColumns).from(users).where(eq(users.id, userId)).for('update');
  if (!target) throw new RoleChangeError('not-found', 'No such user.');
  if (target.role === role) return { user: target, changed: false, previousRole: target.role };
  if (target.role === 'admin' && admins.length <= 1) {
    throw new RoleChangeError('last-admin', 'This is the last admin: make someone else an admin first.');
  }
  const [updated] = await tx
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.role, target.role)))
    .returning(summaryColumns);
  if (!updated) throw new Error('role update matched no row');
  const [{ n } = { n: 0 }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(revisions)
    .where(and(eq(revisions.entityType, USER_ENTITY_TYPE), eq(revisions.entityId, userId)));
  await tx.insert(revisions).values({
    entityType: USER_ENTITY_TYPE,
    entityId: userId,
    version: n + 1,
    action: 'update',
    actorId: recorder.actorId,
    actorLabel: recorder.actorLabel,
    data: { id: updated.id, name: updated.name, email: updated.email, role: updated.role },
  });
  return { user: updated, changed: true, previousRole: target.role };
}
