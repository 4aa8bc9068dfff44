'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { viewStateToQuery } from '@/lib/view-state/codec';
import { formatMoment } from '@/lib/view-state/describe';
import type { ViewState } from '@/lib/view-state/rules';

// Share: saves the view as it is now (POST /api/v1/views) and gives its link, the iframe
// snippet of its embed and links to its images. "Pin" keeps the link on the data as known now.
// The dialog is loaded when the Share button (share-dialog.tsx) is first pressed.

interface Created {
  slug: string;
  url: string;
  title: string;
}

interface Props {
  state: ViewState;
  /** The saved view this page shows, if any (its images are offered at once). */
  savedSlug?: string;
  /** Counts the presses of the Share button: each one (re)opens the dialog. */
  openRequest: number;
}

function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const uid = useId();
  const [copied, setCopied] = useState('');
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      fieldRef.current?.select();
      setCopied('Press Ctrl+C (⌘C) to copy the selected text.');
    }
  };
  return (
    <div className="share__field">
      <label htmlFor={uid}>{label}</label>
      <div className="share__copy">
        {multiline ? (
          <textarea
            id={uid}
            ref={fieldRef}
            className="input share__value"
            readOnly
            rows={3}
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={uid}
            ref={fieldRef}
            className="input share__value"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="share__copied" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}

export function iframeSnippet(url: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}

export function ShareDialogBody({ state, savedSlug, openRequest }: Props) {
  const uid = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [pin, setPin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [created, setCreated] = useState<Created | null>(null);

  // Each press of the Share button opens the dialog; closing it resets it for the next time.
  useEffect(() => {
    if (openRequest > 0 && !dialogRef.current?.open) dialogRef.current?.showModal();
  }, [openRequest]);
  const reset = () => {
    setCreated(null);
    setError('');
  };
  const close = () => dialogRef.current?.close();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const response = await fetch('/api/v1/views', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          ...viewStateToQuery(state),
          ...(title.trim() ? { title: title.trim() } : {}),
          pin,
        }),
      });
      const body = (await response.json().catch(() => null)) as
        (Created & { error?: undefined }) | { error?: { message?: string } } | null;
      if (!response.ok || !body || !('slug' in body)) {
        setError(body?.error?.message ?? `The view could not be saved (${response.status}).`);
        return;
      }
      setCreated({ slug: body.slug, url: body.url, title: body.title });
    } catch (err) {
      setError(`The view could not be saved: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const slug = created?.slug ?? null;
  const embedUrl = slug ? `${origin}/embed/v/${slug}` : '';

  return (
    <>
      <dialog ref={dialogRef} className="share" aria-labelledby={`${uid}-title`} onClose={reset}>
        <div className="share__head">
          <h2 id={`${uid}-title`}>Share this view</h2>
          <button type="button" className="button button--secondary" onClick={close}>
            Close
          </button>
        </div>
        {!created ? (
          <form className="share__form" onSubmit={(e) => void submit(e)} aria-describedby={`${uid}-lead`}>
            <p id={`${uid}-lead`} className="muted">
              Saves these filters, this window and the selected event as a short link, with a preview image
              for link unfurls and an embed for other sites.
            </p>
            <div className="share__field">
              <label htmlFor={`${uid}-name`}>
                Title <span className="muted">(optional)</span>
              </label>
              <input
                id={`${uid}-name`}
                className="input"
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
                placeholder="Made from the view when left empty"
              />
            </div>
            {state.asOf ? (
              <p className="muted">
                This view shows the data as recorded on {formatMoment(state.asOf)}: the link keeps showing it.
              </p>
            ) : (
              <label className="share__check">
                <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />
                Pin to the data as known now (later edits will not change what the link shows)
              </label>
            )}
            <div className="share__actions">
              <button type="submit" className="button" disabled={busy}>
                {busy ? 'Creating…' : 'Create link'}
              </button>
            </div>
            {error ? (
              <p className="callout" role="alert">
                {error}
              </p>
            ) : null}
          </form>
        ) : (
          <div className="share__result" data-testid="share-result" data-slug={created.slug}>
            <p role="status">
              Saved as “{created.title}”.{' '}
              <a href={created.url} target="_blank" rel="noopener">
                Open the link
              </a>
            </p>
            <CopyField label="Link" value={created.url} />
            <CopyField label="Embed code" value={iframeSnippet(embedUrl, created.title)} multiline />
            <p className="share__images">
              Images of this view:{' '}
              <a href={`/v/${created.slug}/timeline.png`} download={`beachhead-${created.slug}.png`}>
                PNG
              </a>{' '}
              ·{' '}
              <a href={`/v/${created.slug}/timeline.svg`} download={`beachhead-${created.slug}.svg`}>
                SVG
              </a>
            </p>
          </div>
        )}
        {savedSlug && !created ? (
          <p className="share__images muted">
            Images of the saved view:{' '}
            <a href={`/v/${savedSlug}/timeline.png`} download={`beachhead-${savedSlug}.png`}>
              PNG
            </a>{' '}
            ·{' '}
            <a href={`/v/${savedSlug}/timeline.svg`} download={`beachhead-${savedSlug}.svg`}>
              SVG
            </a>
          </p>
        ) : null}
      </dialog>
    </>
  );
}
