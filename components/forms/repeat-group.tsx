'use client';

import { useRef, useState, type ReactNode, type Ref } from 'react';

// A list of repeatable field groups (citations, links) with stable keys, so removing one in the
// middle keeps what was typed in the others. A new group receives focus; removing one returns
// focus to the "add" button.

export interface Row<T> {
  key: string;
  initial: T;
}

export function useRows<T>(initial: readonly T[], prefix: string) {
  const counter = useRef(initial.length);
  const [rows, setRows] = useState<Row<T>[]>(() =>
    initial.map((value, i) => ({ key: `${prefix}-${i}`, initial: value })),
  );
  // The row just added: focused when it mounts.
  const focusKey = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  return {
    rows,
    addRef,
    add(value: T) {
      const key = `${prefix}-${counter.current++}`;
      focusKey.current = key;
      setRows((current) => [...current, { key, initial: value }]);
    },
    remove(key: string) {
      setRows((current) => current.filter((row) => row.key !== key));
      addRef.current?.focus();
    },
    refFor(key: string) {
      return (element: HTMLElement | null) => {
        if (!element || focusKey.current !== key) return;
        focusKey.current = null;
        element.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
      };
    },
  };
}

interface RepeatItemProps {
  title: string;
  titleId: string;
  onRemove?: () => void;
  removeLabel: string;
  /** Shown instead of the remove button when removing is not allowed. */
  removeNote?: ReactNode;
  children: ReactNode;
  itemRef: (element: HTMLElement | null) => void;
}

export function RepeatItem({
  title,
  titleId,
  onRemove,
  removeLabel,
  removeNote,
  children,
  itemRef,
}: RepeatItemProps) {
  return (
    <li>
      <div ref={itemRef} className="repeat-item" role="group" aria-labelledby={titleId}>
        <div className="repeat-item__head">
          <h3 id={titleId} className="repeat-item__title">
            {title}
          </h3>
          {onRemove ? (
            <button type="button" className="button button--danger button--small" onClick={onRemove}>
              {removeLabel}
            </button>
          ) : (
            removeNote
          )}
        </div>
        <div className="repeat-item__body">{children}</div>
      </div>
    </li>
  );
}

/** The button that adds a group; `useRows` returns focus to it when a group is removed. */
export function RepeatAddButton({
  buttonRef,
  onAdd,
  children,
}: {
  buttonRef: Ref<HTMLButtonElement>;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <p className="repeat-add">
      <button ref={buttonRef} type="button" className="button button--secondary" onClick={onAdd}>
        {children}
      </button>
    </p>
  );
}
