import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import type { UserRole } from '@/lib/domain/vocabulary';
import type { DatabaseHandle } from '../client';
import { revisions, users } from '../schema';
import { ENGINE, openTestDatabase } from '../testing/test-db';
import { createAuth, type Auth } from './create-auth';
import { listUsers, RoleChangeError, setUserRole } from './roles';

// Role changes: admins only (checked here, in the data layer), never the last admin demoted,
// one revision per change.

let handle: DatabaseHandle;
let auth: Auth;

beforeAll(async () => {
  handle = await openTestDatabase();
  auth = createAuth(handle.db, { secret: 'roles-test-secret-roles-test-secret-0123', logLevel: 'error' });
});

afterAll(async () => {
  await handle?.close();
});

async function makeUser(name: string, role: UserRole = 'contributor'): Promise<Actor & { kind: 'user' }> {
  const email = `${name.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { user } = await auth.api.signUpEmail({ body: { name, email, password: 'a long enough password' } });
  if (role !== 'contributor') await handle.db.update(users).set({ role }).where(eq(users.id, user.id));
  return { kind: 'user', id: user.id, name, role };
}

async function userRevisions(userId: string) {
  return handle.db
    .select()
    .from(revisions)
    .where(and(eq(revisions.entityType, 'user'), eq(revisions.entityId, userId)))
    .orderBy(revisions.version);
}

async function expectRefused(promise: Promise<unknown>, code: RoleChangeError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoleChangeError);
  expect((error as RoleChangeError).code).toBe(code);
}

describe(`setUserRole (${ENGINE})`, () => {
  it('an admin promotes a contributor, writing one revision with the after-image', async () => {
    const admin = await makeUser('Grace', 'admin');
    const target = await makeUser('Linus');
    const result = await setUserRole(handle.db, admin, target.id, 'editor');
    expect(result).toMatchObject({
      changed: true,
      previousRole: 'contributor',
      user: { id: target.id, role: 'editor' },
    });
    const [row] = await handle.db
      .select({ role: users.role, email: users.email })
      .from(users)
      .where(eq(users.id, target.id));
    expect(row?.role).toBe('editor');
    const history = await userRevisions(target.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      action: 'update',
      actorId: admin.id,
      actorLabel: 'Grace',
      data: { id: target.id, name: 'Linus', email: row!.email, role: 'editor' },
    });

    await setUserRole(handle.db, admin, target.id, 'admin');
    expect(
      (await userRevisions(target.id)).map((r) => [r.version, (r.data as { role: string }).role]),
    ).toEqual([
      [1, 'editor'],
      [2, 'admin'],
    ]);
  });

  it('setting the same role again changes nothing and writes no revision', async () => {
    const admin = await makeUser('Barbara', 'admin');
    const target = await makeUser('Ken', 'editor');
    const result = await setUserRole(handle.db, admin, target.id, 'editor');
    expect(result.changed).toBe(false);
    expect(await userRevisions(target.id)).toHaveLength(0);
  });

  it('anonymous visitors, contributors and editors cannot change roles', async () => {
    const target = await makeUser('Dennis');
    const contributor = await makeUser('Carl');
    const editor = await makeUser('Edsger', 'editor');
    await expectRefused(
      setUserRole(handle.db, { kind: 'anonymous' }, target.id, 'editor'),
      'unauthenticated',
    );
    await expectRefused(setUserRole(handle.db, contributor, target.id, 'editor'), 'forbidden');
    await expectRefused(setUserRole(handle.db, editor, target.id, 'admin'), 'forbidden');
    // Not even themselves.
    await expectRefused(setUserRole(handle.db, contributor, contributor.id, 'admin'), 'forbidden');
    expect(await userRevisions(target.id)).toHaveLength(0);
  });

  it('a session that still says admin after a demotion is refused (role re-read in the data layer)', async () => {
    const stale = await makeUser('Former', 'admin');
    await makeUser('Other', 'admin');
    await handle.db.update(users).set({ role: 'editor' }).where(eq(users.id, stale.id));
    const target = await makeUser('Victim');
    await expectRefused(setUserRole(handle.db, stale, target.id, 'admin'), 'forbidden');
  });

  it('refuses to demote the last admin, and allows it once there is another', async () => {
    await handle.db.update(users).set({ role: 'contributor' }).where(eq(users.role, 'admin'));
    const only = await makeUser('Solo', 'admin');
    await expectRefused(setUserRole(handle.db, only, only.id, 'editor'), 'last-admin');
    const second = await makeUser('Second');
    await setUserRole(handle.db, only, second.id, 'admin');
    const secondAdmin = { ...second, role: 'admin' } as const;
    const demoted = await setUserRole(handle.db, secondAdmin, only.id, 'contributor');
    expect(demoted.user.role).toBe('contributor');
    await expectRefused(setUserRole(handle.db, secondAdmin, secondAdmin.id, 'editor'), 'last-admin');
  });

  it('two admins demoting each other at once leave one admin', async () => {
    await handle.db.update(users).set({ role: 'contributor' }).where(eq(users.role, 'admin'));
    const a = await makeUser('Alpha', 'admin');
    const b = await makeUser('Beta', 'admin');
    const results = await Promise.allSettled([
      setUserRole(handle.db, a, b.id, 'contributor'),
      setUserRole(handle.db, b, a.id, 'contributor'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const admins = (await listUsers(handle.db)).filter((u) => u.role === 'admin');
    expect(admins).toHaveLength(1);
  });

  it('unknown users and roles are refused', async () => {
    const admin = await makeUser('Frances', 'admin');
    await expectRefused(setUserRole(handle.db, admin, crypto.randomUUID(), 'editor'), 'not-found');
    const target = await makeUser('Niklaus');
    await expectRefused(setUserRole(handle.db, admin, target.id, 'owner' as UserRole), 'invalid-role');
  });
});
