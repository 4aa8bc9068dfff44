import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '../client';

// Hot list reads (GET /api/v1/events, the /events page's data) cached per URL, on PGlite only,
// validated on every request by the newest revision id. Every change to anything a list shows goes through the one
// write path, which writes a revision in the same transaction; and PGlite runs one query or
// transaction at a time (its transaction mutex also guards plain queries), so a reader never
// sees a half-committed write: `max(revisions.id)` moves exactly when the data may have changed.
// A hit costs one index-only query instead of three queries and the hydration (bench:server);
// requests that arrive while that query runs share the next one (see dataMark), so under load a
// hit costs a fraction of a query. Cached values are shared between requests: never mutate them.
// On PostgreSQL a reader could see a later revision committed before an earlier one, and other
// instances write too, so nothing is cached there. BEACHHEAD_READ_CACHE=off disables it.

const MAX_ENTRIES = 256;

export interface CachedResponse {
  text: string;
  headers: Record<string, string>;
}

interface Entry {
  mark: number;
  value: unknown;
}

const KEY = Symbol.for('beachhead.readCache');
const holder = globalThis as { [KEY]?: Map<string, Entry> };

function cache(): Map<string, Entry> {
  return (holder[KEY] ??= new Map());
}

const FLIGHTS = Symbol.for('beachhead.readCache.inFlight');
const flightHolder = globalThis as { [FLIGHTS]?: Map<string, Promise<unknown>> };

function inFlight(): Map<string, Promise<unknown>> {
  return (flightHolder[FLIGHTS] ??= new Map());
}

// Mark reads per executor: the one running, and the one queued to start when it ends.
interface MarkReads {
  running?: Promise<number>;
  queued?: Promise<number>;
}
const MARKS = Symbol.for('beachhead.readCache.marks');
const markHolder = globalThis as { [MARKS]?: WeakMap<Executor, MarkReads> };

function markReads(executor: Executor): MarkReads {
  const all = (markHolder[MARKS] ??= new WeakMap());
  let reads = all.get(executor);
  if (!reads) all.set(executor, (reads = {}));
  return reads;
}

export function readCacheEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !env.DATABASE_URL && env.BEACHHEAD_READ_CACHE !== 'off';
}

const MARK_SQL = 'select coalesce(max(id), 0)::bigint::text as mark from revisions';

/** PGlite's own client, on the app's database object (never on a transaction's). */
interface PgliteClient {
  exec(query: string): Promise<{ rows: unknown[] }[]>;
}

async function readMark(executor: Executor): Promise<number> {
  const client = (executor as { $client?: Partial<PgliteClient> }).$client;
  if (typeof client?.exec === 'function') {
    // PGlite's simple query protocol, without drizzle: a third of the cost of the same query
    // through drizzle (parse, bind and result mapping), paid by every cache hit.
    const [result] = await (client as PgliteClient).exec(MARK_SQL);
    return Number((result?.rows[0] as { mark?: string } | undefined)?.mark ?? 0);
  }
  const result = await executor.execute(sql.raw(MARK_SQL));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { mark: string }[];
  return Number(rows[0]?.mark ?? 0);
}

function startMarkRead(reads: MarkReads, executor: Executor): Promise<number> {
  const read = readMark(executor);
  reads.running = read;
  const clear = () => {
    if (reads.running === read) reads.running = undefined;
  };
  read.then(clear, clear);
  return read;
}

/**
 * The data mark as of some moment after this call: a mark read that is already running may have
 * read before a write this caller knows of (its request came after the write's answer), so a
 * caller never joins it. It joins the read queued to start when the running one ends instead
 * (every caller that arrives meanwhile shares that one read), or starts one when none runs.
 */
export function dataMark(executor: Executor): Promise<number> {
  const reads = markReads(executor);
  if (!reads.running) return startMarkRead(reads, executor);
  const after = reads.running.then(
    () => {},
    () => {},
  );
  return (reads.queued ??= after.then(() => {
    reads.queued = undefined;
    return startMarkRead(reads, executor);
  }));
}

/** The cached value for `key` if nothing was written since it was made, else `produce()` (and keep it). */
export async function cachedRead<T = CachedResponse>(
  executor: Executor,
  key: string,
  produce: () => Promise<T>,
): Promise<T> {
  if (!readCacheEnabled()) return produce();
  const mark = await dataMark(executor);
  const entries = cache();
  const hit = entries.get(key);
  if (hit && hit.mark === mark) {
    // Most recently used last: the first key is the one to evict.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  // Concurrent misses of one key at one mark share one read (no stampede when a burst of requests
  // arrives cold or just after a write).
  const flightKey = `${mark}\u0000${key}`;
  const flights = inFlight();
  const running = flights.get(flightKey);
  if (running) return running as Promise<T>;
  const flight = (async () => {
    try {
      // The mark was read before the data: a write in between makes this entry stale at once, never wrong.
      const value = await produce();
      entries.delete(key);
      entries.set(key, { mark, value });
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return value;
    } finally {
      flights.delete(flightKey);
    }
  })();
  flights.set(flightKey, flight);
  return flight;
}
