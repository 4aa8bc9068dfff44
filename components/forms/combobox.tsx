'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterOptions, type PickerOption } from '@/lib/forms/options';
import type { ControlProps } from './field';

// One accessible picker with search (ARIA 1.2 combobox with a listbox popup): the text input
// has role=combobox and points at the active option with aria-activedescendant; ArrowDown/Up
// move, Enter picks, Escape closes, typing filters. The multiple variant shows the picks as
// chips with a remove button each (Backspace in the empty box removes the last one).
// Picks are submitted as hidden inputs named `name` (one per id).

const MAX_SHOWN = 100;

interface ComboboxProps {
  control: ControlProps;
  name: string;
  /** The field's label in words (for the listbox, chips and buttons). */
  label: string;
  options: readonly PickerOption[];
  defaultValue?: string | readonly string[];
  multiple?: boolean;
  placeholder?: string;
  onChange?: (ids: string[]) => void;
  /** Option ids not to offer (e.g. the event being edited). */
  exclude?: readonly string[];
}

function toList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).filter(Boolean);
}

export function Combobox({
  control,
  name,
  label,
  options,
  defaultValue,
  multiple = false,
  placeholder,
  onChange,
  exclude,
}: ComboboxProps) {
  const baseId = useId();
  const listId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const offered = useMemo(
    () => (exclude?.length ? options.filter((o) => !exclude.includes(o.id)) : options),
    [options, exclude],
  );

  const [selected, setSelected] = useState<string[]>(() => toList(defaultValue));
  const labelOf = (id: string) => byId.get(id)?.label ?? id;
  const singleLabel = !multiple && selected[0] ? labelOf(selected[0]) : '';
  const [query, setQuery] = useState(singleLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // A single picker shows its pick's label; while that label is in the box, every option is offered.
  const filtering = multiple ? query : query === singleLabel ? '' : query;
  const matches = useMemo(() => filterOptions(offered, filtering), [offered, filtering]);
  const shown = matches.slice(0, MAX_SHOWN);

  useEffect(() => {
    if (!open || active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, open]);

  function commit(next: string[]) {
    setSelected(next);
    onChange?.(next);
  }

  function openList(index?: number) {
    setOpen(true);
    if (index !== undefined) setActive(index);
    else {
      const current = shown.findIndex((o) => selected.includes(o.id));
      setActive(current >= 0 ? current : shown.length ? 0 : -1);
    }
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function pick(option: PickerOption) {
    if (multiple) {
      commit(
        selected.includes(option.id) ? selected.filter((id) => id !== option.id) : [...selected, option.id],
      );
      setQuery('');
      setActive(-1);
      setOpen(false);
    } else {
      commit([option.id]);
      setQuery(option.label);
      close();
    }
  }

  function remove(id: string) {
    commit(selected.filter((s) => s !== id));
    inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open || event.altKey) openList();
        else setActive((i) => Math.min(i + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList(shown.length - 1);
        else setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        if (open && active >= 0 && shown[active]) {
          event.preventDefault();
          pick(shown[active]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
          if (!multiple) setQuery(singleLabel);
        } else if (query) {
          event.preventDefault();
          setQuery(multiple ? '' : singleLabel);
        }
        break;
      case 'Backspace':
        if (multiple && query === '' && selected.length > 0) commit(selected.slice(0, -1));
        break;
      case 'Tab':
        close();
        break;
    }
  }

  function onBlur() {
    close();
    if (multiple) return;
    if (query.trim() === '') {
      if (selected.length) commit([]);
    } else {
      setQuery(singleLabel);
    }
  }

  const status = open
    ? matches.length === 0
      ? 'No matches'
      : `${matches.length} ${matches.length === 1 ? 'option' : 'options'}${matches.length > MAX_SHOWN ? `, first ${MAX_SHOWN} shown` : ''}`
    : '';

  return (
    <div className="combobox">
      {multiple && selected.length > 0 ? (
        <ul className="combobox__chips" aria-label={`${label}: chosen`}>
          {selected.map((id) => (
            <li key={id} className="combobox__chip">
              <span>{labelOf(id)}</span>
              <button
                type="button"
                className="combobox__chip-remove"
                aria-label={`Remove ${labelOf(id)}`}
                onClick={() => remove(id)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="combobox__control">
        <input
          {...control}
          ref={inputRef}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          placeholder={placeholder ?? (multiple ? 'Type to search, Enter to add' : 'Type to search')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(event.target.value.trim() ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          onClick={() => (open ? close() : openList())}
        />
        <button
          type="button"
          className="combobox__toggle"
          tabIndex={-1}
          aria-label={`${open ? 'Hide' : 'Show'} ${label} options`}
          aria-controls={listId}
          aria-expanded={open}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (open) close();
            else openList();
          }}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d="M4 6l4 4 4-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          aria-multiselectable={multiple || undefined}
          className="combobox__listbox"
          hidden={!open || shown.length === 0}
        >
          {shown.map((option, index) => {
            const isSelected = selected.includes(option.id);
            return (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={isSelected}
                className={
                  index === active ? 'combobox__option combobox__option--active' : 'combobox__option'
                }
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => pick(option)}
              >
                <span className="combobox__check" aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                <span className="combobox__option-label">{option.label}</span>
                {option.hint ? <span className="combobox__option-hint">{option.hint}</span> : null}
              </li>
            );
          })}
        </ul>
        {open && shown.length === 0 ? (
          <p className="combobox__popup-note" aria-hidden="true">
            No {label.toLowerCase()} matches “{query}”.
          </p>
        ) : null}
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
      {multiple ? (
        selected.map((id) => <input key={id} type="hidden" name={name} value={id} />)
      ) : (
        <input type="hidden" name={name} value={selected[0] ?? ''} />
      )}
    </div>
  );
}
