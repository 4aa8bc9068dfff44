'use server';

import { revalidatePath } from 'next/cache';
import { getRequestActor } from '@/db/auth/actor';
import { RoleChangeError, setUserRole } from '@/db/auth/roles';
import { getDb } from '@/db/server';
import type { RoleFormState } from '@/lib/auth/account-forms';
import { USER_ROLES, type UserRole } from '@/lib/domain/vocabulary';
import { headers } from 'next/headers';
import { checkActionOrigin } from '@/lib/security/origin';
import { isFormData, MALFORMED_CALL_MESSAGE } from '@/lib/forms/action-args';

// Changing a role. setUserRole checks the actor's role itself (data layer); this action only
// translates its refusals into messages.

export async function changeRoleAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  // Same-origin only: Next lets a server action without an Origin header through.
  if (!checkActionOrigin(await headers()).ok)
    return { status: 'error', message: 'This request did not come from this site: nothing was changed.' };
  if (!isFormData(formData)) return { status: 'error', message: MALFORMED_CALL_MESSAGE };
  const userId = formData.get('userId');
  const role = formData.get('role');
  if (
    typeof userId !== 'string' ||
    typeof role !== 'string' ||
    !(USER_ROLES as readonly string[]).includes(role)
  ) {
    return { status: 'error', message: 'Choose one of the roles.' };
  }
  const actor = await getRequestActor();
  try {
    const result = await setUserRole(await getDb(), actor, userId, role as UserRole);
    revalidatePath('/admin/users');
    return {
      status: 'saved',
      message: result.changed
        ? `${result.user.name} is now ${articleFor(result.user.role)} ${result.user.role}.`
        : 'No change.',
    };
  } catch (error) {
    if (error instanceof RoleChangeError) return { status: 'error', message: error.message };
    throw error;
  }
}

function articleFor(role: string): string {
  return /^[aeiou]/.test(role) ? 'an' : 'a';
}
