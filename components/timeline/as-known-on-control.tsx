'use client';

import { useId, useState, type FormEvent } from 'react';

// "As known on": pick a past moment (UTC) and the timeline shows the data as it was recorded
// then; "Current data" clears it. The moment goes to the URL (`asof`).

interface Props {
  /** The moment shown (ISO, UTC), or null for the current data. */
  value: string | null;
  onChange(value: string | null): void;
}

/** ISO → the value of a datetime-local field, in UTC ("2018-03-01T12:00:00"). */
function toField(iso: string | null): string {
  return iso ? iso.slice(0, 19) : '';
}

export function AsKnownOnControl({ value, onChange }: Props) {
  const uid = useId();
  const [text, setText] = useState(() => toField(value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState('');
  if (shown !== value) {
    setShown(value);
    setText(toField(value));
    setError('');
  }
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!text) {
      onChange(null);
      return;
    }
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(text);
    const at = m ? new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}Z`) : null;
    if (!at || !Number.isFinite(at.getTime())) {
      setError('Enter a date and time.');
      return;
    }
    if (at.getTime() > Date.now()) {
      setError('Pick a moment in the past.');
      return;
    }
    setError('');
    onChange(at.toISOString());
  };
  return (
    <form className="as-known-on" aria-label="As known on" onSubmit={apply} noValidate>
      <label htmlFor={`${uid}-at`}>
        As known on <span className="muted">(UTC)</span>
      </label>
      <input
        id={`${uid}-at`}
        className="input as-known-on__input"
        type="datetime-local"
        step={1}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={error ? `${uid}-error` : undefined}
      />
      <button type="submit" className="button button--secondary">
        Show
      </button>
      {value ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
          Current data
        </button>
      ) : null}
      {error ? (
        <p id={`${uid}-error`} className="timeline__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
