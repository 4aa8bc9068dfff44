// Accounts the e2e server starts with (scripts/serve-e2e.mjs creates the admin through
// `npm run admin:create`). Test-only credentials for a throwaway database.
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'e2e admin password', name: 'E2E Admin' };
