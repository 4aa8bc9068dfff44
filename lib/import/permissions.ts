import type { Actor, Decision } from '@/lib/domain/permissions';
import type { UserRole } from '@/lib/domain/vocabulary';

// Bulk import is for editors and admins (a whole file at once is an editorial act). The write
// path checks each record's own rule too (creating events and sources: contributors).

const IMPORTERS: readonly UserRole[] = ['editor', 'admin'];

export function decideImport(actor: Actor): Decision {
  if (actor.kind === 'system') return { allowed: true };
  if (actor.kind === 'anonymous')
    return { allowed: false, reason: 'unauthenticated', message: 'Sign in to import.' };
  if (IMPORTERS.includes(actor.role)) return { allowed: true };
  return {
    allowed: false,
    reason: 'forbidden',
    message: `Only editors and admins may import; you are a ${actor.role}.`,
  };
}
