import { describe, expect, it } from 'vitest';
import { enableZodJitless } from './zod-jitless';

describe('enableZodJitless', () => {
  it('sets the flag zod reads, before and after zod is loaded', async () => {
    enableZodJitless();
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
    // zod kept the object set before it loaded: the flag stays where zod reads it.
    expect(config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
    const { z } = await import('zod');
    // jitless parsing still validates (the interpreter path).
    expect(z.object({ a: z.string() }).safeParse({ a: 1 }).success).toBe(false);
    expect(z.object({ a: z.string() }).safeParse({ a: 'x' }).success).toBe(true);
  });
});
