'use client';

import { SOURCE_FIELDS, type SourceValues } from '@/lib/forms/source-form';
import { TextAreaField, TextField } from './field';
import { FuzzyDateField } from './fuzzy-date-field';
import { RecordForm, type FormAction } from './record-form';

const LABELS = Object.fromEntries(SOURCE_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<SourceValues>;
  initialValues: SourceValues;
  cancelHref: string;
  edit?: { version: number; reloadHref: string };
}

export function SourceForm({ action, initialValues, cancelHref, edit }: Props) {
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit source' : 'New source'}
      submitLabel={edit ? 'Save changes' : 'Add source'}
      cancelHref={cancelHref}
      edit={edit ? { ...edit, fields: SOURCE_FIELDS } : undefined}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={SOURCE_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Source</legend>
        <div className="form-grid form-grid--2">
          <TextField
            name="outlet"
            label="Outlet"
            hint="e.g. The Wall Street Journal"
            defaultValue={initialValues.outlet}
            maxLength={120}
          />
          <TextField
            name="author"
            label="Author"
            optional
            defaultValue={initialValues.author}
            maxLength={200}
          />
          <TextField
            name="title"
            label="Title"
            defaultValue={initialValues.title}
            className="form-grid__wide"
            maxLength={300}
          />
          <TextField
            name="url"
            label="Web address"
            hint="http:// or https:// only. Leave empty if the source is known only through another one."
            optional
            type="url"
            inputMode="url"
            defaultValue={initialValues.url}
            className="form-grid__wide"
          />
          <FuzzyDateField
            name="published"
            label="Published"
            hint="As exact as the page says: “7 November 2017”, or “around March 2018” when it shows no date."
            optional
            defaultValue={initialValues.published}
            className="form-grid__wide"
          />
          <TextField
            name="retrievedOn"
            label="Retrieved on"
            hint="When you read it."
            optional
            type="date"
            defaultValue={initialValues.retrievedOn}
          />
          <TextAreaField
            name="note"
            label="Note"
            hint="E.g. why the date is approximate."
            optional
            defaultValue={initialValues.note}
            className="form-grid__wide"
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
