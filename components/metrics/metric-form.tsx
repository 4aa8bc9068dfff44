'use client';

import { useMemo } from 'react';
import { labelIndex, type PickerOption } from '@/lib/forms/options';
import { METRIC_FIELDS, type MetricValues } from '@/lib/forms/metric-form';
import { MEASURE_LABELS } from '@/lib/metrics/query';
import { METRIC_KINDS } from '@/lib/domain/vocabulary';
import { PickerField } from '@/components/forms/picker-field';
import { SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { QUOTE_MAX } from '@/lib/domain/schemas';
import { RecordForm, type FormAction } from '@/components/forms/record-form';

const LABELS = Object.fromEntries(METRIC_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<MetricValues>;
  initialValues: MetricValues;
  vendors: PickerOption[];
  regions: PickerOption[];
  sources: PickerOption[];
  cancelHref: string;
  /** Set when correcting a saved value: the version read, and where to reload it. */
  edit?: { version: number; reloadHref: string };
}

export function MetricForm({ action, initialValues, vendors, regions, sources, cancelHref, edit }: Props) {
  const index = useMemo(() => labelIndex(vendors, regions, sources), [vendors, regions, sources]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Correct metric value' : 'New metric value'}
      submitLabel={edit ? 'Save correction' : 'Add value'}
      cancelHref={cancelHref}
      edit={edit ? { ...edit, fields: METRIC_FIELDS } : undefined}
      resolve={(id) => index.get(id)}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={METRIC_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Figure</legend>
        <div className="form-grid form-grid--2">
          <PickerField
            name="vendorId"
            label="Vendor"
            options={vendors}
            defaultValue={initialValues.vendorId}
          />
          <PickerField
            name="regionId"
            label="Region"
            options={regions}
            defaultValue={initialValues.regionId}
          />
          <TextField
            name="period"
            label="Quarter"
            hint="As YYYY-Qn, e.g. 2018-Q4."
            defaultValue={initialValues.period}
            autoComplete="off"
          />
          <SelectField
            name="metric"
            label="Measure"
            choices={METRIC_KINDS.map((kind) => ({
              value: kind,
              label: `${MEASURE_LABELS[kind].name} (${MEASURE_LABELS[kind].unit})`,
            }))}
            defaultValue={initialValues.metric}
          />
          <TextField
            name="value"
            label="Value"
            hint="As the source states it: a percentage from 0 to 100, or a number of units."
            defaultValue={initialValues.value}
            inputMode="decimal"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <fieldset className="record-form__section">
        <legend>Source</legend>
        <div className="stack-s">
          <p className="muted">
            Every figure needs the source that states it (pick it, or describe a new one) and the passage that
            states it.
          </p>
          <PickerField
            name="sourceId"
            label="Existing source"
            options={sources}
            defaultValue={initialValues.sourceId}
            optional
          />
          <div className="form-grid form-grid--2">
            <TextField
              name="sourceUrl"
              label="New source: web address"
              type="url"
              hint="http:// or https:// only."
              defaultValue={initialValues.sourceUrl}
              optional
            />
            <TextField
              name="sourceOutlet"
              label="New source: outlet"
              defaultValue={initialValues.sourceOutlet}
              optional
            />
            <TextField
              name="sourceTitle"
              label="New source: title"
              defaultValue={initialValues.sourceTitle}
              optional
            />
            <TextField
              name="sourcePublished"
              label="New source: published"
              hint="e.g. April 2018"
              defaultValue={initialValues.sourcePublished}
              optional
            />
          </div>
          <TextAreaField
            name="quote"
            label="Quote"
            hint="The passage of the source that states this figure, word for word."
            defaultValue={initialValues.quote}
            rows={3}
            variant="quote"
            maxLength={QUOTE_MAX}
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
