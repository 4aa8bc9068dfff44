'use client';

import { useMemo } from 'react';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@/lib/domain/vocabulary';
import { labelIndex, type PickerOption } from '@/lib/forms/options';
import { ORGANIZATION_FIELDS, type OrganizationValues } from '@/lib/forms/organization-form';
import { isRoutedKind, KIND_ROUTES } from '@/components/organizations/organization-href';
import { PickerField } from './picker-field';
import { SelectField, TextAreaField, TextField } from './field';
import { NameAndSlug } from './name-and-slug';
import { RecordForm, type FormAction } from './record-form';

const KIND_CHOICES = ORGANIZATION_KINDS.map((kind) => ({
  value: kind,
  label: ORGANIZATION_KIND_LABELS[kind].one,
}));
function baseOf(kind: string): string {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind) && isRoutedKind(kind as OrganizationKind)
    ? KIND_ROUTES[kind as keyof typeof KIND_ROUTES]
    : '/organizations';
}

const LABELS = Object.fromEntries(ORGANIZATION_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<OrganizationValues>;
  initialValues: OrganizationValues;
  regions: PickerOption[];
  cancelHref: string;
  edit?: { version: number; reloadHref: string };
}

export function OrganizationForm({ action, initialValues, regions, cancelHref, edit }: Props) {
  const index = useMemo(() => labelIndex(regions), [regions]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit organization' : 'New organization'}
      submitLabel={edit ? 'Save changes' : 'Add organization'}
      cancelHref={cancelHref}
      edit={edit ? { ...edit, fields: ORGANIZATION_FIELDS } : undefined}
      resolve={(id) => index.get(id)}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={ORGANIZATION_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Organization</legend>
        <div className="form-grid form-grid--2">
          <NameAndSlug
            name={initialValues.name}
            slug={initialValues.slug}
            follow={!edit}
            base={baseOf(initialValues.kind)}
          />
          <SelectField
            name="kind"
            label="Kind"
            hint="Vendors, carriers and retailers get their own lists."
            choices={KIND_CHOICES}
            placeholder="Choose a kind"
            defaultValue={initialValues.kind}
          />
          <TextField
            name="hqCountry"
            label="Headquarters country"
            hint="Two-letter ISO 3166-1 code, e.g. CN."
            optional
            defaultValue={initialValues.hqCountry}
            maxLength={2}
            autoComplete="off"
          />
          <TextField
            name="website"
            label="Website"
            hint="http:// or https:// only"
            optional
            type="url"
            inputMode="url"
            defaultValue={initialValues.website}
            className="form-grid__wide"
          />
          <TextAreaField
            name="description"
            label="Description"
            optional
            defaultValue={initialValues.description}
            className="form-grid__wide"
          />
          <PickerField
            name="regionIds"
            label="Operates in"
            hint="Regions it is active in (carriers and retailers belong to regions)."
            options={regions}
            defaultValue={initialValues.regionIds}
            multiple
            className="form-grid__wide"
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
