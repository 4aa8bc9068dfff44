'use client';

import { useMemo } from 'react';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
import { PRODUCT_CATEGORIES } from '@/lib/domain/vocabulary';
import { labelIndex, type PickerOption } from '@/lib/forms/options';
import { PRODUCT_FIELDS, type ProductValues } from '@/lib/forms/product-form';
import { PickerField } from './picker-field';
import { SelectField, choicesOf } from './field';
import { NameAndSlug } from './name-and-slug';
import { RecordForm, type FormAction } from './record-form';

const LABELS = Object.fromEntries(PRODUCT_FIELDS.map((f) => [f.name, f.label]));

interface Props {
  action: FormAction<ProductValues>;
  initialValues: ProductValues;
  vendors: PickerOption[];
  cancelHref: string;
  edit?: { version: number; reloadHref: string };
}

export function ProductForm({ action, initialValues, vendors, cancelHref, edit }: Props) {
  const index = useMemo(() => labelIndex(vendors), [vendors]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit product' : 'New product'}
      submitLabel={edit ? 'Save changes' : 'Add product'}
      cancelHref={cancelHref}
      edit={edit ? { ...edit, fields: PRODUCT_FIELDS } : undefined}
      resolve={(id) => index.get(id)}
      describeField={(name) => LABELS[name] ?? name}
      fieldOrder={PRODUCT_FIELDS.map((f) => f.name)}
    >
      <fieldset className="record-form__section">
        <legend>Product</legend>
        <div className="form-grid form-grid--2">
          <NameAndSlug name={initialValues.name} slug={initialValues.slug} follow={!edit} base="/products" />
          <PickerField
            name="vendorId"
            label="Vendor"
            options={vendors}
            defaultValue={initialValues.vendorId}
          />
          <SelectField
            name="category"
            label="Category"
            choices={choicesOf(PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS)}
            placeholder="Choose a category"
            defaultValue={initialValues.category}
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
