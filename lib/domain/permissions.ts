import type { EntityType, UserRole } from './vocabulary';

// Who may do what. Checked by the write path itself (db/write), on every write, whatever the
// caller (form, API, import) — never only in middleware.

export type Actor =
  | { kind: 'user'; id: string; name: string; role: UserRole }
  | { kind: 'anonymous' }
  | { kind: 'system'; label: 'seed' | 'import' | 'test' | 'bench' };

export type WriteAction = 'create' | 'update' | 'delete' | 'restore' | 'revert';

const RANK: Record<UserRole, number> = { contributor: 1, editor: 2, admin: 3 };

function minimumRole(action: WriteAction, entity: EntityType): UserRole | 'anyone' {
  // Saving a shareable view is open to every visitor: viewers share links.
  if (entity === 'view' && action === 'create') return 'anyone';
  if (action === 'create' || action === 'update') return 'contributor';
  return 'editor';
}

export type Decision =
  { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden'; message: string };

export function decide(actor: Actor, action: WriteAction, entity: EntityType): Decision {
  if (actor.kind === 'system') return { allowed: true };
  const needed = minimumRole(action, entity);
  if (needed === 'anyone') return { allowed: true };
  if (actor.kind === 'anonymous') {
    return { allowed: false, reason: 'unauthenticated', message: 'Sign in to make changes.' };
  }
  if (RANK[actor.role] >= RANK[needed]) return { allowed: true };
  return {
    allowed: false,
    reason: 'forbidden',
    message: `Only ${needed}s and above may ${action} ${entity.replace('_', ' ')} records; you are a ${actor.role}.`,
  };
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.name;
  if (actor.kind === 'anonymous') return 'anonymous';
  return actor.label;
}
