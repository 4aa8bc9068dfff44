// Runs once when the server starts (not during `next build`). Opens the database eagerly so
// that migrations and the first seed happen before the first request, and so that a second
// server on the same PGlite directory stops at once with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startDatabase } = await import('./db/lifecycle');
  await startDatabase();
}
