import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { EntityType } from '@/lib/domain/vocabulary';
import type { Executor, Tx } from '../client';
import type { FieldErrors } from './errors';

/** A table written through the write path: it has the versioned columns. */
export type VersionedTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  createdAt: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
};

/** The full after-image of a record: its stated fields plus identity and version. */
export type RecordImage = {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
} & Record<string, unknown>;

export interface EntityDef<S extends z.ZodType = z.ZodType> {
  type: EntityType;
  table: VersionedTable;
  schema: S;
  /** Column values of the main row. */
  toRow(input: z.output<S>): Record<string, unknown>;
  /** References that must point at live records of the right kind; returns field errors. */
  checkReferences?(tx: Tx, input: z.output<S>, id: string): Promise<FieldErrors>;
  /** Replaces the record's join rows (memberships, counterparties, citations...). */
  writeRelations?(tx: Tx, id: string, input: z.output<S>): Promise<void>;
  /** The record as stated (the schema's input shape) with identity, deleted or not. */
  load(executor: Executor, id: string): Promise<RecordImage | undefined>;
  /** Unique index name → the field a clash should be reported on. */
  uniqueFields?: Record<string, string>;
}

export function meta(row: {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}) {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
  };
}

/**
 * Field errors for ids that do not name a live row of `table` (optionally of an allowed kind).
 * One query per call, whatever the number of ids.
 */
export async function checkLiveIds(
  tx: Tx,
  table: VersionedTable,
  ids: readonly (string | null | undefined)[],
  field: string,
  label: string,
  kind?: { column: PgColumn; allowed: readonly string[] },
): Promise<FieldErrors> {
  const wanted = [...new Set(ids.filter((v): v is string => typeof v === 'string'))];
  if (wanted.length === 0) return {};
  const columns: Record<string, PgColumn> = { id: table.id };
  if (kind) columns.kind = kind.column;
  const rows = (await tx
    .select(columns)
    .from(table)
    .where(and(inArray(table.id, wanted), isNull(table.deletedAt)))) as { id: string; kind?: string }[];
  const found = new Map(rows.map((r) => [r.id, r.kind]));
  const problems: string[] = [];
  for (const wantedId of wanted) {
    if (!found.has(wantedId)) problems.push(`No ${label} with id ${wantedId}`);
    else if (kind && !kind.allowed.includes(found.get(wantedId) ?? '')) {
      problems.push(`${wantedId} is a ${found.get(wantedId)}, not a ${kind.allowed.join(' or ')}`);
    }
  }
  return problems.length ? { [field]: problems } : {};
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const out: FieldErrors = {};
  for (const errors of all) for (const [k, v] of Object.entries(errors)) (out[k] ??= []).push(...v);
  return out;
}

export async function loadRow<T>(
  executor: Executor,
  table: VersionedTable,
  id: string,
): Promise<T | undefined> {
  const rows = await executor.select().from(table).where(eq(table.id, id)).limit(1);
  return rows[0] as T | undefined;
}
