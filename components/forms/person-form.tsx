'use client';

import { useMemo } from 'react';
import { labelIndex, type PickerOption } from '@/lib/forms/options';
import { PERSON_FIELDS, type PersonValues } from '@/lib/forms/person-form';
import { PickerField } from './picker-field';
import { TextField } from './field';
import { NameAndSlug } from './name-and-slug';
import { RecordForm, type FormAction } from './record-form';

const LABELS = Object.fromEntries(PERSON_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<PersonValues>;
  initialValues: PersonValues;
  organizations: PickerOption[];
  cancelHref: string;
  edit?: { version: number; reloadHref: string };
}

export function PersonForm({ action, initialValues, organizations, cancelHref, edit }: Props) {
  const index = useMemo(() => labelIndex(organizations), [organizations]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit person' : 'New person'}
      submitLabel={edit ? 'Save changes' : 'Add person'}
      cancelHref={cancelHref}
      edit={edit ? { ...edit, fields: PERSON_FIELDS } : undefined}
      resolve={(id) => index.get(id)}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={PERSON_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Person</legend>
        <div className="form-grid form-grid--2">
          <NameAndSlug name={initialValues.name} slug={initialValues.slug} follow={!edit} base="/people" />
          <TextField
            name="role"
            label="Role"
            hint="E.g. “Chairman, Xiaomi”."
            optional
            defaultValue={initialValues.role}
            maxLength={200}
          />
          <PickerField
            name="organizationId"
            label="Organization"
            options={organizations}
            defaultValue={initialValues.organizationId}
            optional
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
