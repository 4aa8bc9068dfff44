import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { listChangeActors, listChanges } from '@/db/queries/history';
import { requestDb } from '@/db/server';
import type { Page } from '@/lib/domain/dto';
import { decideImport } from '@/lib/import/permissions';
import { changesHref, entityTypeSlug, parseChangeFilters } from '@/lib/history/change-filters';
import type { ChangeEntry } from '@/lib/history/types';
import { ChangeFeed } from '@/components/history/change-feed';
import { ChangeFiltersForm, type ChangeFilterValues } from '@/components/history/change-filters-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Changes',
  description:
    'Every change to every record, newest first: who changed what, and when. Each links to the record’s full history.',
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined && v !== '') params.append(key, v);
  }
  return params;
}

export default async function ChangesPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const parsed = parseChangeFilters(params);
  const db = await requestDb();

  let page: Page<ChangeEntry> | null = null;
  let problem: string | null = null;
  if (parsed.ok) page = await listChanges(db, parsed.filters);
  else problem = `The filter “${parsed.parameter}” was not understood: ${parsed.message}.`;
  const actors = await listChangeActors(db);
  const canImport = decideImport(await getRequestActor()).allowed;

  const values: ChangeFilterValues = {
    type: params.get('type') ?? undefined,
    action: params.get('action') ?? undefined,
    actor: params.get('actor') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const filters = parsed.ok ? parsed.filters : undefined;
  const filtered = Boolean(
    filters && (filters.type || filters.action || filters.actor || filters.from || filters.to),
  );
  const base = {
    type: filters?.type ? entityTypeSlug(filters.type) : undefined,
    action: filters?.action,
    actor: filters?.actor,
    from: filters?.from,
    to: filters?.to,
    limit: params.has('limit') ? filters?.limit : undefined,
  };

  return (
    <>
      <PageHeader
        title="Changes"
        lead="Every create, edit, delete, restore and revert of every record, newest first. Open a version to see what changed, field by field."
        meta={canImport ? <Link href="/import">Import events from a file</Link> : undefined}
        actions={
          <p>
            <a href="/feeds/changes.atom" type="application/atom+xml">
              Subscribe to changes (Atom feed)
            </a>
          </p>
        }
      />
      <div className="stack">
        <Card>
          <h2 className="visually-hidden">Filters</h2>
          <ChangeFiltersForm values={values} actors={actors} />
        </Card>
        {problem ? (
          <div className="callout" role="alert">
            <p>{problem}</p>
          </div>
        ) : null}
        {page ? (
          <section aria-labelledby="changes-title" className="stack-s">
            <h2 id="changes-title" className="section-title">
              {filtered ? 'Matching changes' : 'Recent changes'}{' '}
              <span className="section-title__count">
                {page.items.length}
                {page.nextCursor ? ' on this page' : ''}
              </span>
            </h2>
            <ChangeFeed
              entries={page.items}
              emptyTitle={filtered ? 'No changes match these filters.' : 'Nothing has been recorded yet.'}
            />
            {page.nextCursor || filters?.cursor ? (
              <nav className="pagination" aria-label="Pages of changes">
                {filters?.cursor ? (
                  <Link className="button button--secondary" href={changesHref(base)}>
                    Newest changes
                  </Link>
                ) : (
                  <span />
                )}
                {page.nextCursor ? (
                  <Link
                    className="button"
                    href={changesHref({ ...base, cursor: page.nextCursor })}
                    rel="next"
                  >
                    Older changes
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
