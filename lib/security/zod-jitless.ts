// zod 4 keeps its global configuration in `globalThis.__zod_globalConfig` (zod/v4/core/core.js
// creates it with `??=` and `config()` writes into it), so setting `jitless` there before zod
// loads is the same as `config({ jitless: true })` without importing zod/v4/core, whose utilities
// (about 5 KB gzipped) would otherwise be in the JavaScript every route loads first.
// zod-jitless.test.ts checks that zod reads the flag from there.

interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean };
}

export function enableZodJitless(): void {
  const g = globalThis as ZodGlobal;
  (g.__zod_globalConfig ??= {}).jitless = true;
}
