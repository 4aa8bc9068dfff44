'use client';

import { useMemo, useState } from 'react';
import { EVENT_LINK_LABELS, EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { EVENT_LINK_TYPES, EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import {
  EVENT_FIELDS,
  EVENT_FIELD_ORDER,
  emptyCitation,
  emptyLink,
  emptyNewSource,
  type CitationValues,
  type EventValues,
  type LinkValues,
} from '@/lib/forms/event-form';
import { labelIndex, type EventPickerOptions, type PickerOption } from '@/lib/forms/options';
import { FieldErrors, SelectField, TextAreaField, TextField, choicesOf } from './field';
import { fieldId, useFieldErrors } from './form-context';
import { FuzzyDateField } from './fuzzy-date-field';
import { PickerField } from './picker-field';
import { RecordForm, type FormAction } from './record-form';
import { RepeatAddButton, RepeatItem, useRows } from './repeat-group';

// The event form: what, when (natural-language date with its reading shown live), who and
// where (pickers with search), its sources (saved or new, each with quote, speaker, stance)
// and its links to other events.

const LINK_CHOICES = EVENT_LINK_TYPES.map((type) => ({
  value: type,
  label: EVENT_LINK_LABELS[type].outgoing,
}));

const TOP_LABELS: Record<string, string> = {
  ...Object.fromEntries(EVENT_FIELDS.map((f) => [f.name, f.label])),
  citations: 'Sources',
  links: 'Links',
};

const SUB_LABELS: Record<string, string> = {
  sourceId: 'saved source',
  'newSource.outlet': 'outlet',
  'newSource.title': 'article title',
  'newSource.url': 'web address',
  'newSource.published': 'published',
  quote: 'quote',
  speakerId: 'speaker',
  stance: 'stance',
  note: 'note',
  type: 'link type',
  toEventId: 'linked event',
};

export function describeEventField(name: string): string {
  const match = /^(citations|links)\.(\d+)\.(.+)$/.exec(name);
  if (match) {
    const [, group, index, sub] = match;
    return `${group === 'citations' ? 'Source' : 'Link'} ${Number(index) + 1}, ${SUB_LABELS[sub!] ?? sub}`;
  }
  return TOP_LABELS[name] ?? name;
}

interface EventFormProps {
  action: FormAction<EventValues>;
  initialValues: EventValues;
  options: EventPickerOptions;
  cancelHref: string;
  /** Edit forms: the event, the version read, and whether saved links may be removed (editors). */
  edit?: { eventId: string; version: number; reloadHref: string; canDeleteLinks: boolean };
}

export function EventForm({ action, initialValues, options, cancelHref, edit }: EventFormProps) {
  const index = useMemo(
    () =>
      labelIndex(
        options.vendors,
        options.organizations,
        options.regions,
        options.people,
        options.products,
        options.sources,
        options.events,
      ),
    [options],
  );
  const resolve = useMemo(() => (id: string) => index.get(id), [index]);
  return (
    <RecordForm
      action={action}
      initialValues={initialValues}
      label={edit ? 'Edit event' : 'New event'}
      submitLabel={edit ? 'Save changes' : 'Add event'}
      cancelHref={cancelHref}
      edit={edit ? { version: edit.version, fields: EVENT_FIELDS, reloadHref: edit.reloadHref } : undefined}
      resolve={resolve}
      describeField={describeEventField}
      fieldOrder={EVENT_FIELD_ORDER}
    >
      <fieldset className="record-form__section">
        <legend>What happened</legend>
        <div className="form-grid form-grid--2">
          <TextField
            name="title"
            label="Title"
            hint="A short headline, e.g. “Xiaomi opens its first store in Madrid”."
            defaultValue={initialValues.title}
            className="form-grid__wide"
            maxLength={200}
          />
          <SelectField
            name="type"
            label="Type"
            hint="What kind of claim: an entry, a plan, a deal, a statement…"
            choices={choicesOf(EVENT_TYPES, EVENT_TYPE_LABELS)}
            placeholder="Choose a type"
            defaultValue={initialValues.type}
          />
          <SelectField
            name="status"
            label="Status"
            hint="Planned, announced, happened… as the sources tell it."
            choices={choicesOf(EVENT_STATUSES, EVENT_STATUS_LABELS)}
            placeholder="Choose a status"
            defaultValue={initialValues.status}
          />
          <TextAreaField
            name="summary"
            label="Summary"
            optional
            defaultValue={initialValues.summary}
            className="form-grid__wide"
            rows={3}
          />
        </div>
      </fieldset>

      <fieldset className="record-form__section">
        <legend>When</legend>
        <FuzzyDateField
          name="date"
          label="Date"
          hint={
            <>
              As precise as the sources are, in words or EDTF: “November 2018”, “Q4 2018”, “late 2018”, “by
              end 2018 or early 2019”, “2018-11-05”.
            </>
          }
          defaultValue={initialValues.date}
        />
      </fieldset>

      <fieldset className="record-form__section">
        <legend>Who and where</legend>
        <div className="form-grid form-grid--2">
          <PickerField
            name="vendorId"
            label="Vendor"
            options={options.vendors}
            defaultValue={initialValues.vendorId}
            optional
          />
          <PickerField
            name="regionId"
            label="Region"
            options={options.regions}
            defaultValue={initialValues.regionId}
            optional
          />
          <PickerField
            name="counterpartyIds"
            label="Counterparties"
            hint="Carriers, retailers and others the vendor dealt with."
            options={options.organizations}
            defaultValue={initialValues.counterpartyIds}
            multiple
            className="form-grid__wide"
          />
          <TextField
            name="counterpartyNote"
            label="Counterparty note"
            hint="For counterparties the sources do not name, e.g. “major US carriers”."
            optional
            defaultValue={initialValues.counterpartyNote}
            className="form-grid__wide"
            maxLength={300}
          />
          <PickerField
            name="actorIds"
            label="Other actors"
            hint="Organizations involved without being a party, e.g. agencies."
            options={options.organizations}
            defaultValue={initialValues.actorIds}
            multiple
            className="form-grid__wide"
          />
          <PickerField
            name="personIds"
            label="People"
            options={options.people}
            defaultValue={initialValues.personIds}
            multiple
          />
          <PickerField
            name="productIds"
            label="Products"
            options={options.products}
            defaultValue={initialValues.productIds}
            multiple
          />
        </div>
      </fieldset>

      <CitationsSection initial={initialValues.citations} options={options} />
      <LinksSection initial={initialValues.links} options={options.events} edit={edit} />
    </RecordForm>
  );
}

function GroupErrors({ name }: { name: string }) {
  const errors = useFieldErrors(name);
  return <FieldErrors name={name} errors={errors} />;
}

function CitationsSection({ initial, options }: { initial: CitationValues[]; options: EventPickerOptions }) {
  const { rows, add, remove, addRef, refFor } = useRows(initial, 'citation');
  const groupErrors = useFieldErrors('citations');
  return (
    <fieldset
      className="record-form__section"
      id={fieldId('citations')}
      aria-describedby={groupErrors.length ? `${fieldId('citations')}-error` : undefined}
    >
      <legend>Sources</legend>
      <p className="record-form__section-lead">
        Tie the event to what reports it: cite a saved source or add a new one, with the passage quoted, who
        said it, and whether it supports or contradicts the event.
      </p>
      <GroupErrors name="citations" />
      {rows.length === 0 ? (
        <p className="repeat-empty">No source yet: an event without one is shown as unsourced.</p>
      ) : null}
      <ol className="repeat-list">
        {rows.map((row, i) => (
          <CitationRow
            key={row.key}
            index={i}
            initial={row.initial}
            options={options}
            onRemove={() => remove(row.key)}
            itemRef={refFor(row.key)}
          />
        ))}
      </ol>
      <RepeatAddButton buttonRef={addRef} onAdd={() => add(emptyCitation())}>
        Add a source
      </RepeatAddButton>
    </fieldset>
  );
}

interface CitationRowProps {
  index: number;
  initial: CitationValues;
  options: EventPickerOptions;
  onRemove: () => void;
  itemRef: (element: HTMLElement | null) => void;
}

function CitationRow({ index, initial, options, onRemove, itemRef }: CitationRowProps) {
  const [mode, setMode] = useState(initial.sourceMode);
  const n = index + 1;
  const p = `citations.${index}`;
  const fresh = initial.newSource ?? emptyNewSource();
  return (
    <RepeatItem
      title={`Source ${n}`}
      titleId={`${fieldId(p)}-title`}
      removeLabel={`Remove source ${n}`}
      onRemove={onRemove}
      itemRef={itemRef}
    >
      <fieldset className="choice-row">
        <legend>Where it comes from</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${p}.sourceMode`}
            value="existing"
            checked={mode === 'existing'}
            onChange={() => setMode('existing')}
          />
          A saved source
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${p}.sourceMode`}
            value="new"
            checked={mode === 'new'}
            onChange={() => setMode('new')}
          />
          New source
        </label>
      </fieldset>
      <div hidden={mode !== 'existing'}>
        <PickerField
          name={`${p}.sourceId`}
          label="Saved source"
          options={options.sources}
          defaultValue={initial.sourceId}
        />
      </div>
      <div className="new-source" hidden={mode !== 'new'}>
        <div className="form-grid form-grid--2">
          <TextField
            name={`${p}.newSource.outlet`}
            label="Outlet"
            hint="e.g. The Verge"
            defaultValue={fresh.outlet}
            maxLength={120}
          />
          <TextField
            name={`${p}.newSource.title`}
            label="Article title"
            hint="Its headline, as published"
            defaultValue={fresh.title}
            maxLength={300}
          />
          <TextField
            name={`${p}.newSource.url`}
            label="Web address"
            hint="http:// or https:// only"
            optional
            type="url"
            inputMode="url"
            defaultValue={fresh.url}
            className="form-grid__wide"
          />
          <FuzzyDateField
            name={`${p}.newSource.published`}
            label="Published"
            hint="As exact as the page says: “7 November 2017”, “March 2018”."
            optional
            defaultValue={fresh.published}
            className="form-grid__wide"
          />
        </div>
      </div>
      <TextAreaField
        name={`${p}.quote`}
        label="Quote"
        hint="The passage, word for word."
        optional
        defaultValue={initial.quote}
        variant="quote"
        rows={3}
      />
      <div className="form-grid form-grid--2">
        <PickerField
          name={`${p}.speakerId`}
          label="Speaker"
          hint="Who is quoted, if anyone."
          options={options.people}
          defaultValue={initial.speakerId}
          optional
        />
        <fieldset className="choice-row">
          <legend>Stance</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${p}.stance`}
              value="supports"
              defaultChecked={initial.stance !== 'contradicts'}
            />
            Supports the event
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${p}.stance`}
              value="contradicts"
              defaultChecked={initial.stance === 'contradicts'}
            />
            Contradicts it
          </label>
        </fieldset>
      </div>
      <TextField name={`${p}.note`} label="Note" optional defaultValue={initial.note} maxLength={2000} />
    </RepeatItem>
  );
}

interface LinksSectionProps {
  initial: LinkValues[];
  options: readonly PickerOption[];
  edit?: { eventId: string; canDeleteLinks: boolean };
}

function LinksSection({ initial, options, edit }: LinksSectionProps) {
  const { rows, add, remove, addRef, refFor } = useRows(initial, 'link');
  const exclude = useMemo(() => (edit ? [edit.eventId] : []), [edit]);
  const groupErrors = useFieldErrors('links');
  return (
    <fieldset
      className="record-form__section"
      id={fieldId('links')}
      aria-describedby={groupErrors.length ? `${fieldId('links')}-error` : undefined}
    >
      <legend>Links to other events</legend>
      <p className="record-form__section-lead">
        How this event relates to others: it fulfils a plan, cancels a deal, responds to a statement… A plan
        and its outcome stay two events, linked.
      </p>
      <GroupErrors name="links" />
      {initial.map((link) =>
        link.linkId ? (
          <input key={link.linkId} type="hidden" name="shownLinkIds" value={link.linkId} />
        ) : null,
      )}
      {rows.length === 0 ? <p className="repeat-empty">No links.</p> : null}
      <ol className="repeat-list">
        {rows.map((row, i) => {
          const saved = Boolean(row.initial.linkId);
          const removable = !saved || Boolean(edit?.canDeleteLinks);
          const p = `links.${i}`;
          return (
            <RepeatItem
              key={row.key}
              title={`Link ${i + 1}`}
              titleId={`${fieldId(p)}-title`}
              removeLabel={`Remove link ${i + 1}`}
              onRemove={removable ? () => remove(row.key) : undefined}
              removeNote={<span className="form-actions__note">Only editors can remove a saved link.</span>}
              itemRef={refFor(row.key)}
            >
              <input type="hidden" name={`${p}.linkId`} value={row.initial.linkId} />
              <input type="hidden" name={`${p}.version`} value={row.initial.version} />
              <div className="form-grid form-grid--2">
                <SelectField
                  name={`${p}.type`}
                  label="Link type"
                  hint="Reads as: this event fulfils, cancels… the linked event."
                  choices={LINK_CHOICES}
                  defaultValue={row.initial.type}
                />
                <PickerField
                  name={`${p}.toEventId`}
                  label="Linked event"
                  options={options}
                  defaultValue={row.initial.toEventId}
                  exclude={exclude}
                />
                <TextField
                  name={`${p}.note`}
                  label="Note"
                  optional
                  defaultValue={row.initial.note}
                  className="form-grid__wide"
                  maxLength={1000}
                />
              </div>
            </RepeatItem>
          );
        })}
      </ol>
      <RepeatAddButton buttonRef={addRef} onAdd={() => add(emptyLink())}>
        Add a link
      </RepeatAddButton>
    </fieldset>
  );
}
