'use client';

import type { PickerOption } from '@/lib/forms/options';
import { Combobox } from './combobox';
import { Field } from './field';

interface PickerFieldProps {
  name: string;
  label: string;
  hint?: string;
  options: readonly PickerOption[];
  defaultValue: string | readonly string[];
  multiple?: boolean;
  optional?: boolean;
  className?: string;
  exclude?: readonly string[];
}

export function PickerField({
  name,
  label,
  hint,
  options,
  defaultValue,
  multiple,
  optional,
  className,
  exclude,
}: PickerFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} optional={optional || multiple} className={className}>
      {(control) => (
        <Combobox
          control={control}
          name={name}
          label={label}
          options={options}
          defaultValue={defaultValue}
          multiple={multiple}
          exclude={exclude}
        />
      )}
    </Field>
  );
}
