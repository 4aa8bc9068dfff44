import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getRequestActor } from './actor';

/** Who to show in the site header: the signed-in user, or null (also when the lookup fails). */
export async function getHeaderUser(): Promise<{
  name: string;
  role: 'contributor' | 'editor' | 'admin';
} | null> {
  try {
    const actor = await getRequestActor();
    return actor.kind === 'user' ? { name: actor.name, role: actor.role } : null;
  } catch (error) {
    unstable_rethrow(error);
    console.error('[auth] could not read the session for the header:', error);
    return null;
  }
}
