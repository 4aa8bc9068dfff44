import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { actorLabel, decide, type Actor, type WriteAction } from '@/lib/domain/permissions';
import type { EntityType, RevisionAction } from '@/lib/domain/vocabulary';
import type { Db, Tx } from '../client';
import { revisions } from '../schema';
import { ENTITIES } from './entities';
import type { EntityDef, RecordImage } from './entity';
import { AuthorizationError, ConflictError, NotFoundError, ValidationError } from './errors';

// The one write path. Every mutation of every record — seed, API, forms, import, revert — goes
// through these functions, each of which, in one transaction: checks the actor's role, validates
// with the entity's zod schema, checks references, checks the version the caller read, writes
// the row (and its join rows) and exactly one immutable revision with the full after-image.

export interface WriteOptions {
  /** Run inside this transaction instead of opening one (bulk import: all or nothing). */
  tx?: Tx;
}

const STATE_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt']);

function authorize(actor: Actor, action: WriteAction, type: EntityType) {
  const decision = decide(actor, action, type);
  if (!decision.allowed) throw new AuthorizationError(decision.reason, decision.message);
}

function stated(image: RecordImage): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).filter(([key]) => !STATE_FIELDS.has(key)));
}

function parse(def: EntityDef, input: unknown) {
  const result = def.schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

async function validate(tx: Tx, def: EntityDef, input: unknown, id: string) {
  const errors = (await def.checkReferences?.(tx, input, id)) ?? {};
  if (Object.keys(errors).length) {
    const [field, messages] = Object.entries(errors)[0]!;
    throw new ValidationError(errors, `${field}: ${messages[0]}`);
  }
}

/** Postgres error code and constraint, through drizzle's wrapping. */
function pgError(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = (e.constraint ?? e.constraint_name) as string | undefined;
      return { code: e.code, constraint };
    }
    current = e.cause;
  }
  return {};
}

function translateDbError(def: EntityDef, error: unknown): never {
  const { code, constraint } = pgError(error);
  if (code === '23505') {
    const field = (constraint && def.uniqueFields?.[constraint]) ?? '_';
    throw new ValidationError(
      { [field]: ['This value is already used by another record'] },
      `${field}: already used`,
    );
  }
  if (code === '23503') throw new ValidationError({ _: ['A referenced record does not exist'] });
  if (code === '23514')
    throw new ValidationError({ _: [`A value breaks the rule ${constraint ?? ''}`.trim()] });
  throw error;
}

async function writeRevision(tx: Tx, def: EntityDef, id: string, action: RevisionAction, actor: Actor) {
  const image = await def.load(tx, id);
  if (!image) throw new NotFoundError(def.type, id);
  await tx.insert(revisions).values({
    entityType: def.type,
    entityId: id,
    version: image.version,
    action,
    actorId: actor.kind === 'user' ? actor.id : null,
    actorLabel: actorLabel(actor),
    data: image,
  });
  return image;
}

async function inTransaction<T>(db: Db, options: WriteOptions, def: EntityDef, work: (tx: Tx) => Promise<T>) {
  try {
    if (options.tx) return await work(options.tx);
    return await db.transaction((tx) => work(tx));
  } catch (error) {
    if (
      error instanceof ValidationError ||
      error instanceof ConflictError ||
      error instanceof NotFoundError ||
      error instanceof AuthorizationError
    ) {
      throw error;
    }
    return translateDbError(def, error);
  }
}

export async function createRecord(
  db: Db,
  type: EntityType,
  input: unknown,
  actor: Actor,
  options: WriteOptions & { id?: string } = {},
): Promise<RecordImage> {
  authorize(actor, 'create', type);
  const def = ENTITIES[type];
  const data = parse(def, input);
  return inTransaction(db, options, def, async (tx) => {
    const id = options.id ?? crypto.randomUUID();
    await validate(tx, def, data, id);
    await tx.insert(def.table).values({ ...def.toRow(data), id, version: 1 });
    await def.writeRelations?.(tx, id, data);
    return writeRevision(tx, def, id, 'create', actor);
  });
}

/**
 * Applies `patch` onto the record as it is at `expectedVersion`. A stale version is refused
 * with a ConflictError carrying the current record, never silently overwritten.
 */
export async function updateRecord(
  db: Db,
  type: EntityType,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  actor: Actor,
  options: WriteOptions & { action?: 'update' | 'revert' } = {},
): Promise<RecordImage> {
  const action = options.action ?? 'update';
  authorize(actor, action, type);
  const def = ENTITIES[type];
  return inTransaction(db, options, def, async (tx) => {
    const current = await def.load(tx, id);
    if (!current || current.deletedAt) throw new NotFoundError(type, id);
    if (current.version !== expectedVersion) throw new ConflictError(current, expectedVersion);
    const data = parse(def, { ...stated(current), ...patch });
    await validate(tx, def, data, id);
    const updated = await tx
      .update(def.table)
      .set({ ...def.toRow(data), version: sql`${def.table.version} + 1`, updatedAt: new Date() })
      .where(and(eq(def.table.id, id), eq(def.table.version, expectedVersion), isNull(def.table.deletedAt)))
      .returning({ id: def.table.id });
    if (updated.length === 0) {
      // Another transaction committed between our read and our write.
      const now = await def.load(tx, id);
      if (!now) throw new NotFoundError(type, id);
      throw new ConflictError(now, expectedVersion);
    }
    await def.writeRelations?.(tx, id, data);
    return writeRevision(tx, def, id, action, actor);
  });
}

async function setDeleted(
  db: Db,
  type: EntityType,
  id: string,
  expectedVersion: number,
  actor: Actor,
  deleted: boolean,
  options: WriteOptions,
): Promise<RecordImage> {
  const action = deleted ? 'delete' : 'restore';
  authorize(actor, action, type);
  const def = ENTITIES[type];
  return inTransaction(db, options, def, async (tx) => {
    const current = await def.load(tx, id);
    if (!current) throw new NotFoundError(type, id);
    if (current.version !== expectedVersion) throw new ConflictError(current, expectedVersion);
    if (Boolean(current.deletedAt) === deleted) {
      throw new ValidationError(
        { _: [deleted ? 'Already deleted' : 'Not deleted'] },
        deleted ? 'Already deleted' : 'Not deleted',
      );
    }
    if (!deleted) {
      // A restored record must still be valid (its references may have gone meanwhile).
      await validate(tx, def, parse(def, stated(current)), id);
    }
    const updated = await tx
      .update(def.table)
      .set({
        deletedAt: deleted ? new Date() : null,
        version: sql`${def.table.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(def.table.id, id),
          eq(def.table.version, expectedVersion),
          deleted ? isNull(def.table.deletedAt) : isNotNull(def.table.deletedAt),
        ),
      )
      .returning({ id: def.table.id });
    if (updated.length === 0) throw new ConflictError((await def.load(tx, id)) ?? current, expectedVersion);
    return writeRevision(tx, def, id, action, actor);
  });
}

/** Soft delete: the row stays, hidden from reads; restorable. */
export const deleteRecord = (
  db: Db,
  type: EntityType,
  id: string,
  expectedVersion: number,
  actor: Actor,
  options: WriteOptions = {},
) => setDeleted(db, type, id, expectedVersion, actor, true, options);

export const restoreRecord = (
  db: Db,
  type: EntityType,
  id: string,
  expectedVersion: number,
  actor: Actor,
  options: WriteOptions = {},
) => setDeleted(db, type, id, expectedVersion, actor, false, options);

/** Makes the record read as it did at `toVersion`; recorded as a new revision. */
export async function revertRecord(
  db: Db,
  type: EntityType,
  id: string,
  toVersion: number,
  expectedVersion: number,
  actor: Actor,
  options: WriteOptions = {},
): Promise<RecordImage> {
  authorize(actor, 'revert', type);
  const [target] = await (options.tx ?? db)
    .select({ data: revisions.data })
    .from(revisions)
    .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id), eq(revisions.version, toVersion)))
    .limit(1);
  if (!target) throw new NotFoundError(`${type} version`, `${id}@${toVersion}`);
  return updateRecord(db, type, id, expectedVersion, stated(target.data as RecordImage), actor, {
    ...options,
    action: 'revert',
  });
}
