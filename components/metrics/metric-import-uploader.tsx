'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { ImportProblems, type RowError } from '@/components/import/import-problems';

// Uploads a metrics CSV to POST /api/v1/metrics/import and shows the outcome: how many values
// were imported, or every problem by row and column (nothing imported).

type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; created: number; sourcesCreated: number; dryRun: boolean }
  | { kind: 'failed'; message: string; rows: RowError[] };

export function MetricImportUploader() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), hint: useId() };
  const running = status.kind === 'running';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setStatus({ kind: 'failed', message: 'Choose a CSV file first.', rows: [] });
      fileRef.current?.focus();
      return;
    }
    const dryRun =
      (event.currentTarget.elements.namedItem('dryRun') as HTMLInputElement | null)?.checked ?? false;
    const body = new FormData();
    body.set('file', file);
    setStatus({ kind: 'running' });
    try {
      const response = await fetch(`/api/v1/metrics/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
      });
      const payload = (await response.json().catch(() => null)) as
        | { created: number; sourcesCreated: number; dryRun: boolean }
        | { error?: { message?: string; rows?: RowError[] } }
        | null;
      if (response.ok && payload && 'created' in payload) {
        setStatus({
          kind: 'done',
          created: payload.created,
          sourcesCreated: payload.sourcesCreated,
          dryRun: payload.dryRun,
        });
      } else {
        const error = payload && 'error' in payload ? payload.error : undefined;
        setStatus({
          kind: 'failed',
          message: error?.message ?? `The server answered ${response.status}. Nothing was imported.`,
          rows: error?.rows ?? [],
        });
      }
    } catch {
      setStatus({
        kind: 'failed',
        message: 'The upload failed (network error). Nothing was imported.',
        rows: [],
      });
    }
  }

  return (
    <div className="stack">
      <form onSubmit={onSubmit} className="stack-s" aria-describedby={ids.hint}>
        <div className="field">
          <label htmlFor={ids.file}>Metrics file (CSV)</label>
          <input
            ref={fileRef}
            id={ids.file}
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="input"
            disabled={running}
          />
          <p id={ids.hint} className="field__hint">
            Every row is checked first. If any row has a problem, nothing is imported and each problem is
            listed with its row and column.
          </p>
        </div>
        <div className="field">
          <label>
            <input name="dryRun" type="checkbox" disabled={running} /> Only check the file (import nothing)
          </label>
        </div>
        <div>
          <button type="submit" className="button" disabled={running}>
            {running ? 'Importing…' : 'Import metrics'}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {status.kind === 'done' ? (
          <div className="callout">
            <p>
              {status.dryRun
                ? `The file is valid (${status.sourcesCreated} new source${status.sourcesCreated === 1 ? '' : 's'} would be created). Nothing was written.`
                : `Imported ${status.created} value${status.created === 1 ? '' : 's'}, with ${status.sourcesCreated} new source${status.sourcesCreated === 1 ? '' : 's'}.`}
            </p>
            {status.dryRun ? null : (
              <p>
                <Link href="/metrics">See the charts</Link> ·{' '}
                <Link href="/changes?type=metric&action=create">See them in the changes feed</Link>
              </p>
            )}
          </div>
        ) : null}
      </div>
      {status.kind === 'failed' ? <ImportProblems message={status.message} rows={status.rows} /> : null}
    </div>
  );
}
