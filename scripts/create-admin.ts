// `npm run admin:create -- --email ada@example.com --password '…' --name 'Ada Lovelace'`
// Creates an admin account (through better-auth's own sign-up, so the password is hashed the
// same way as any other), or promotes an existing account to admin. The role change is recorded
// as a revision (entity 'user', actor "admin:create"). On PGlite, stop the server first: the data
// directory's lock refuses a second process with a message naming the one that holds it.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openFromEnv, type DatabaseHandle } from '@/db/client';
import { DatabaseLockedError } from '@/db/lock';
import { prepareDatabase } from '@/db/prepare';
import { sessions } from '@/db/schema';
import { resolveAuthSecret } from '@/db/auth/auth-secret';
import { createAuth, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/db/auth/create-auth';
import { applyRoleChange, getUserByEmail } from '@/db/auth/roles';
import { normalizeEmail } from '@/lib/auth/email';
import { parseServerEnv } from '@/lib/env';

const USAGE = `Usage: npm run admin:create -- --email <email> [--password <password>] [--name <name>]

  --email     the account's email (required)
  --password  at least ${MIN_PASSWORD_LENGTH} characters; needed only to create a new account
              (or set ADMIN_PASSWORD in the environment to keep it out of the process list)
  --name      the display name of a new account (default: the part of the email before @)

An existing account is promoted to admin; its password and name are left unchanged.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** A refusal once the database is open: reported after the database is closed cleanly. */
class Refusal extends Error {}

let args: { email?: string; password?: string; name?: string; help?: boolean };
try {
  args = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(args.email.trim()))
  fail(`Give a valid --email.\n\n${USAGE}`);

const email = normalizeEmail(args.email);
const password = args.password ?? process.env.ADMIN_PASSWORD;
const env = parseServerEnv(process.env);

let handle: DatabaseHandle;
try {
  handle = await openFromEnv(env);
} catch (error) {
  if (error instanceof DatabaseLockedError) fail(`Cannot open the database: ${error.message}`, 1);
  throw error;
}

try {
  await prepareDatabase(handle, { connectionString: env.DATABASE_URL });
  const where = `${handle.engine} at ${handle.location}`;
  let existing = await getUserByEmail(handle.db, email);
  let created = false;
  if (!existing) {
    if (!password) {
      throw new Refusal(
        `No account uses ${email}: give --password (at least ${MIN_PASSWORD_LENGTH} characters) to create it.`,
      );
    }
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      throw new Refusal(
        `The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`,
      );
    }
    const name = (args.name ?? email.split('@')[0] ?? email).trim() || email;
    const auth = createAuth(handle.db, {
      secret: resolveAuthSecret(env),
      baseURL: env.BETTER_AUTH_URL,
      logLevel: 'error',
    });
    const { user } = await auth.api.signUpEmail({ body: { name, email, password } });
    // Sign-up signs in; nobody uses that session.
    await handle.db.delete(sessions).where(eq(sessions.userId, user.id));
    existing = await getUserByEmail(handle.db, email);
    if (!existing) throw new Error('the new account could not be read back');
    created = true;
  } else if (args.password) {
    console.log(`Note: ${email} already has an account; its password is left unchanged.`);
  }
  const target = existing;
  const result = await handle.db.transaction((tx) =>
    applyRoleChange(tx, target.id, 'admin', { actorId: null, actorLabel: 'admin:create' }),
  );
  if (created) {
    console.log(`Created admin ${target.name} <${email}> (id ${target.id}) in ${where}.`);
  } else if (result.changed) {
    console.log(`Promoted ${target.name} <${email}> from ${result.previousRole} to admin in ${where}.`);
  } else {
    console.log(`${target.name} <${email}> is already an admin in ${where}: nothing to do.`);
  }
} catch (error) {
  if (error instanceof Refusal) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`admin:create failed: ${message}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
