import { enableZodJitless } from '@/lib/security/zod-jitless';

// Runs in the browser before the app. The Content-Security-Policy forbids eval (lib/security/
// csp.ts), so zod's JIT compilation can never run there; without `jitless`, zod still probes for
// it with `new Function('')`, which the browser blocks and reports as a CSP violation on every
// page that validates anything. jitless skips the probe (the server keeps the JIT).
// The flag is set on zod's global config object directly (lib/security/zod-jitless.ts): importing
// zod/v4/core's `config` put about 5 KB of zod's utilities in every route's first-load JS.
enableZodJitless();
