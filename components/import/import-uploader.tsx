'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { ImportProblems, type RowError } from '@/components/import/import-problems';

// Uploads an import file to POST /api/v1/import and follows its NDJSON progress stream
// ({phase, done, total} lines, then one `done` or `failed` line) with fetch + ReadableStream.

interface ImportResult {
  created: number;
  sourcesCreated: number;
  sourcesMatched: number;
  dryRun: boolean;
}

type Line =
  | { phase: 'parse' | 'validate' | 'write'; done: number; total: number }
  | { phase: 'done'; done: number; total: number; result: ImportResult }
  | {
      phase: 'failed';
      done: number;
      total: number;
      error: { code: string; message: string; rows?: RowError[] };
    };

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; phase: 'upload' | 'parse' | 'validate' | 'write'; done: number; total: number }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string; rows: RowError[] };

const PHASE_LABELS = {
  upload: 'Uploading the file',
  parse: 'Reading the file',
  validate: 'Checking every row',
  write: 'Writing events',
} as const;

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<Line> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: !done });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as Line;
      newline = buffer.indexOf('\n');
    }
    if (done) break;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as Line;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ImportUploader() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), dry: useId(), progress: useId(), hint: useId() };
  const running = status.kind === 'running';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setStatus({ kind: 'failed', message: 'Choose a CSV or JSON file first.', rows: [] });
      fileRef.current?.focus();
      return;
    }
    const dryRun = (form.elements.namedItem('dryRun') as HTMLInputElement | null)?.checked ?? false;
    const body = new FormData();
    body.set('file', file);
    setStatus({ kind: 'running', phase: 'upload', done: 0, total: 0 });
    try {
      const response = await fetch(`/api/v1/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body,
        headers: { Accept: 'application/x-ndjson' },
        credentials: 'same-origin',
      });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.includes('ndjson') || !response.body) {
        const payload = (await response.json().catch(() => null)) as {
          error?: { message?: string; rows?: RowError[] };
        } | null;
        setStatus({
          kind: 'failed',
          message: payload?.error?.message ?? `The server answered ${response.status}.`,
          rows: payload?.error?.rows ?? [],
        });
        return;
      }
      let finished = false;
      for await (const line of lines(response.body)) {
        if (line.phase === 'done') {
          setStatus({ kind: 'done', result: line.result });
          finished = true;
        } else if (line.phase === 'failed') {
          setStatus({ kind: 'failed', message: line.error.message, rows: line.error.rows ?? [] });
          finished = true;
        } else {
          setStatus({ kind: 'running', phase: line.phase, done: line.done, total: line.total });
        }
      }
      if (!finished)
        setStatus({
          kind: 'failed',
          message:
            'The connection closed before the import finished. Nothing was imported unless the changes feed shows it.',
          rows: [],
        });
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
          <label htmlFor={ids.file}>Import file (CSV or JSON)</label>
          <input
            ref={fileRef}
            id={ids.file}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="input"
            disabled={running}
          />
          <p id={ids.hint} className="field__hint">
            Every row is checked before anything is written. If any row has a problem, nothing is imported and
            each problem is listed with its row and column.
          </p>
        </div>
        <div className="field">
          <label>
            <input id={ids.dry} name="dryRun" type="checkbox" disabled={running} /> Only check the file
            (import nothing)
          </label>
        </div>
        <div>
          <button type="submit" className="button" disabled={running}>
            {running ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>

      {status.kind === 'running' ? (
        <div className="stack-s">
          <label htmlFor={ids.progress}>
            {PHASE_LABELS[status.phase]}
            {status.total ? `: ${status.done} of ${status.total}` : '…'}
          </label>
          {/* No value while the total is unknown: an indeterminate bar. */}
          <progress
            id={ids.progress}
            max={status.total || undefined}
            value={status.total ? status.done : undefined}
          />
        </div>
      ) : null}

      <div role="status" aria-live="polite">
        {status.kind === 'done' ? (
          <div className="callout">
            <p>
              {status.result.dryRun
                ? `The file is valid: importing it would create ${plural(status.result.sourcesCreated, 'new source')} and reuse ${plural(status.result.sourcesMatched, 'existing source citation', 'existing source citations')}. Nothing was written.`
                : `Imported ${plural(status.result.created, 'event')}, with ${plural(status.result.sourcesCreated, 'new source')} and ${plural(status.result.sourcesMatched, 'citation')} of existing sources.`}
            </p>
            {status.result.dryRun ? null : (
              <p>
                <Link href="/changes?type=event&action=create">See them in the changes feed</Link>
              </p>
            )}
          </div>
        ) : null}
      </div>
      {status.kind === 'failed' ? <ImportProblems message={status.message} rows={status.rows} /> : null}
    </div>
  );
}
