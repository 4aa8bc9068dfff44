'use client';

import { useMemo } from 'react';
import { REGION_KIND_LABELS } from '@/lib/domain/labels';
import { REGION_KINDS } from '@/lib/domain/vocabulary';
import { labelIndex, type PickerOption } from '@/lib/forms/options';
import { REGION_FIELDS, type RegionValues } from '@/lib/forms/region-form';
import { PickerField } from './picker-field';
import { SelectField, TextAreaField, TextField, choicesOf } from './field';
import { NameAndSlug } from './name-and-slug';
import { RecordForm, type FormAction } from './record-form';

const LABELS = Object.fromEntries(REGION_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<RegionValues>;
  initialValues: RegionValues;
  regions: PickerOption[];
  cancelHref: string;
  edit?: { version: number; reloadHref: string; regionId: string };
}

export function RegionForm({ action, initialValues, regions, cancelHref, edit }: Props) {
  const index = useMemo(() => labelIndex(regions), [regions]);
  const exclude = useMemo(() => (edit ? [edit.regionId] : []), [edit]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit region' : 'New region'}
      submitLabel={edit ? 'Save changes' : 'Add region'}
      cancelHref={cancelHref}
      edit={edit ? { version: edit.version, reloadHref: edit.reloadHref, fields: REGION_FIELDS } : undefined}
      resolve={(id) => index.get(id)}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={REGION_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Region</legend>
        <div className="form-grid form-grid--2">
          <NameAndSlug name={initialValues.name} slug={initialValues.slug} follow={!edit} base="/regions" />
          <SelectField
            name="kind"
            label="Kind"
            hint="Groupings are sets of countries, like “Western Europe” or the EU."
            choices={choicesOf(REGION_KINDS, REGION_KIND_LABELS)}
            placeholder="Choose a kind"
            defaultValue={initialValues.kind}
          />
          <PickerField
            name="parentIds"
            label="Part of"
            hint="Every region or grouping it belongs to: Spain is in Western Europe, Europe and the EU."
            options={regions}
            defaultValue={initialValues.parentIds}
            exclude={exclude}
            multiple
            className="form-grid__wide"
          />
          <TextField
            name="isoCode"
            label="ISO 3166 code"
            hint="Countries: two letters (GB); subdivisions: ES-MD. Maps need it."
            optional
            defaultValue={initialValues.isoCode}
            maxLength={6}
            autoComplete="off"
          />
          <TextField
            name="isoNumeric"
            label="ISO 3166-1 numeric"
            hint="Countries only: three digits (826 for the United Kingdom)."
            optional
            inputMode="numeric"
            defaultValue={initialValues.isoNumeric}
            maxLength={3}
            autoComplete="off"
          />
          <TextAreaField
            name="note"
            label="Note"
            hint="E.g. how phones are mostly sold there."
            optional
            defaultValue={initialValues.note}
            className="form-grid__wide"
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
