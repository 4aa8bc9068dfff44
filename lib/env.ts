import { z } from 'zod';

// The server's configuration, validated once. A bad value stops start-up with a message that
// names the variable instead of failing later in an unrelated place.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default('data/pglite'),
  BEACHHEAD_SEED: z.enum(['auto', 'off']).default('auto'),
  PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Sessions and cookies (db/auth). Unset secret: one is generated and kept in data/auth-secret.
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  BETTER_AUTH_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}
