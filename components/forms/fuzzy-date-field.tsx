'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { formatFuzzyDate, parseFuzzyDate, type FuzzyDate } from '@/lib/dates';
import { MONTH_NAMES } from '@/lib/dates/calendar';
import { DateWindow } from '@/components/events/date-window';
import { Field } from './field';
import { fieldId } from './form-context';

// A date typed as people say it ("late 2018", "by end 2018 or early 2019") or as EDTF, with
// its interpretation shown live as you type (the same parser the server uses), before saving.

const PRECISION_WORDS: Record<FuzzyDate['precision'], string> = {
  day: 'to the day',
  month: 'to the month',
  quarter: 'a quarter',
  half: 'a half-year',
  season: 'a season',
  year: 'to the year',
  decade: 'a decade',
  window: 'a window of time',
};

function dayInWords(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

export function DatePreview({ text, id, optional }: { text: string; id: string; optional?: boolean }) {
  const parsed = useMemo(() => (text.trim() ? parseFuzzyDate(text) : null), [text]);
  let body: ReactNode;
  let modifier = '';
  if (!parsed) {
    body = optional ? 'No date: leave empty if it is not known.' : 'Type a date to see how it will be read.';
  } else if (!parsed.ok) {
    modifier = ' date-preview--error';
    body = (
      <>
        <span className="date-preview__head">Cannot read this date</span>
        {parsed.error}
      </>
    );
  } else {
    modifier = ' date-preview--ok';
    const value = parsed.value;
    body = (
      <>
        <span className="date-preview__head">Reads as</span>
        <DateWindow date={{ ...value, label: formatFuzzyDate(value) }} variant="compact" />
        <dl className="date-preview__facts">
          <div>
            <dt>Window</dt>
            <dd>
              {value.lo === value.hi
                ? dayInWords(value.lo)
                : `${dayInWords(value.lo)} to ${dayInWords(value.hi)}`}
            </dd>
          </div>
          <div>
            <dt>Precision</dt>
            <dd>{PRECISION_WORDS[value.precision]}</dd>
          </div>
          {value.approximate || value.uncertain ? (
            <div>
              <dt>Qualified</dt>
              <dd>
                {[value.approximate ? 'approximate' : null, value.uncertain ? 'uncertain' : null]
                  .filter(Boolean)
                  .join(', ')}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>EDTF</dt>
            <dd>
              <code>{value.edtf}</code>
            </dd>
          </div>
        </dl>
      </>
    );
  }
  return (
    <output id={id} className={`date-preview${modifier}`} aria-live="polite">
      {body}
    </output>
  );
}

interface FuzzyDateFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  defaultValue?: string;
  className?: string;
}

export function FuzzyDateField({
  name,
  label,
  hint,
  optional,
  defaultValue = '',
  className,
}: FuzzyDateFieldProps) {
  const [text, setText] = useState(defaultValue);
  const previewId = `${fieldId(name)}-preview`;
  return (
    <Field
      name={name}
      label={label}
      hint={hint}
      optional={optional}
      className={className}
      describedByExtra={previewId}
    >
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            type="text"
            name={name}
            autoComplete="off"
            aria-required={optional ? undefined : true}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <DatePreview text={text} id={previewId} optional={optional} />
        </>
      )}
    </Field>
  );
}
