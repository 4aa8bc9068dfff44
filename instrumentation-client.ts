import { config } from 'zod/v4/core';

// Runs in the browser before the app. The Content-Security-Policy forbids eval (lib/security/
// csp.ts), so zod's JIT compilation can never run there; without `jitless`, zod still probes for
// it with `new Function('')`, which the browser blocks and reports as a CSP violation on every
// page that validates anything. jitless skips the probe (the server keeps the JIT).
// zod/v4/core's `config` writes the global config every zod instance reads; importing it alone
// keeps the rest of zod out of the bundle every route loads.
config({ jitless: true });
