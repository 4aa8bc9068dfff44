import 'server-only';
import { parseServerEnv } from '@/lib/env';
import { getDb } from '../server';
import { resolveAuthSecret } from './auth-secret';
import { createAuth, type Auth } from './create-auth';

// The app's auth instance: one per process, created lazily after the database is open (never at
// build time) and cached on globalThis like the database handle (Next loads route bundles
// separately; a module variable would build several).

export { createAuth, type Auth, type CreateAuthOptions } from './create-auth';

const KEY = Symbol.for('beachhead.auth');
type Holder = { [KEY]?: Promise<Auth> };
const holder = globalThis as Holder;

/** The process's auth instance, over the app's database (opened on first use). */
export function getAuth(): Promise<Auth> {
  if (!holder[KEY]) {
    const creating = (async () => {
      const env = parseServerEnv(process.env);
      const db = await getDb();
      return createAuth(db, { secret: resolveAuthSecret(env), baseURL: env.BETTER_AUTH_URL });
    })();
    holder[KEY] = creating;
    creating.catch(() => {
      if (holder[KEY] === creating) delete holder[KEY];
    });
  }
  return holder[KEY];
}
