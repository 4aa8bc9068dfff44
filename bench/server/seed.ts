// Synthetic data for bench:server, bulk-inserted (bench only: it bypasses the write path, so
// there are no revisions). 20 vendors, one source cited by every event, `events` events
// 2010-2026 (70% exact days, 30% months); every name starts with "[synthetic]".
import { count, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client';
import { appMeta, eventSources, events, organizations, sources } from '../../db/schema';

const VENDORS = 20;
const MARKER = 'bench_server_synthetic';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const vendorId = (k: number) => `00000000-0000-4000-9000-${pad(k, 12)}`;
const SOURCE_ID = '00000000-0000-4000-9100-000000000001';
export const vendorSlug = (k: number) => `synthetic-vendor-${pad(k + 1, 2)}`;

/** Synthetic vendors, a source and EVENTS events, bulk-inserted (bench data only). */
export async function seedSynthetic(handle: DatabaseHandle, total: number): Promise<void> {
  const EVENTS = total;
  const db = handle.db;
  const [marker] = await db.select().from(appMeta).where(eq(appMeta.key, MARKER));
  if (marker && (marker.value as { events?: number }).events === EVENTS) return;
  const [existing] = await db.select({ n: count() }).from(events);
  if (marker || (existing?.n ?? 0) > 40) {
    throw new Error(
      `${handle.location} holds other data (or another bench size): give bench:server an empty database.`,
    );
  }
  const started = Date.now();
  await db.transaction(async (tx) => {
    await tx.insert(organizations).values(
      Array.from({ length: VENDORS }, (_, k) => ({
        id: vendorId(k),
        slug: vendorSlug(k),
        name: `[synthetic] Vendor ${pad(k + 1, 2)}`,
        kind: 'vendor' as const,
        description: 'Synthetic vendor for bench:server.',
        version: 1,
      })),
    );
    await tx.insert(sources).values({
      id: SOURCE_ID,
      outlet: '[synthetic] Bench Wire',
      title: '[synthetic] Source for bench:server',
      version: 1,
    });
    const random = mulberry32(7);
    const types = ['market_entry', 'planned_entry', 'presence'] as const;
    const statuses = ['happened', 'happened', 'happened', 'planned', 'announced', 'rumoured'] as const;
    const from = Date.UTC(2010, 0, 1);
    const span = Date.UTC(2026, 0, 1) - from;
    for (let start = 0; start < EVENTS; start += 500) {
      const rows = [];
      const cites = [];
      for (let i = start; i < Math.min(EVENTS, start + 500); i++) {
        const day = new Date(from + Math.floor(random() * span));
        const iso = day.toISOString().slice(0, 10);
        const exact = random() < 0.7;
        const month = iso.slice(0, 7);
        const last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0))
          .toISOString()
          .slice(0, 10);
        const id = `00000000-0000-4000-9200-${pad(i, 12)}`;
        rows.push({
          id,
          title: `[synthetic] Event ${i + 1}`,
          summary: 'Synthetic event for bench:server.',
          type: types[Math.floor(random() * types.length)]!,
          status: statuses[Math.floor(random() * statuses.length)]!,
          vendorId: vendorId(Math.floor(random() * VENDORS)),
          dateEdtf: exact ? iso : month,
          dateLo: exact ? iso : `${month}-01`,
          dateHi: exact ? iso : last,
          datePrecision: exact ? ('day' as const) : ('month' as const),
          version: 1,
        });
        cites.push({ eventId: id, sourceId: SOURCE_ID });
      }
      await tx.insert(events).values(rows);
      await tx.insert(eventSources).values(cites);
    }
    await tx.insert(appMeta).values({ key: MARKER, value: { events: EVENTS, synthetic: true } });
  });
  await db.execute(sql`analyze`);
  console.log(`  seeded ${EVENTS} synthetic events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
