import { formatFuzzyDate } from '@/lib/dates';
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { eventInput, eventLinkInput, sourceInput } from '@/lib/domain/schemas';
import type { FieldSpec } from './compare';
import { readGroups, readList, readText, type FormSource } from './form-data';
import type { FormErrors } from './form-state';
import { check, mergeFormErrors, preferDateMessage, preferEmptyMessages } from './validate';

// The event form's values (strings, as typed) and their way to the write path's input.

export interface NewSourceValues {
  url: string;
  outlet: string;
  title: string;
  /** Publication date as typed ("7 November 2017", "March 2018"). */
  published: string;
}

export interface CitationValues {
  /** Cite a saved source, or create one inline with the event. */
  sourceMode: 'existing' | 'new';
  sourceId: string;
  /** Only for `sourceMode: 'new'`. */
  newSource: NewSourceValues | null;
  quote: string;
  speakerId: string;
  stance: string;
  note: string;
}

/** An outgoing link of this event; `linkId`/`version` are set for links already saved. */
export interface LinkValues {
  linkId: string;
  version: string;
  type: string;
  toEventId: string;
  note: string;
}

export interface EventValues {
  title: string;
  summary: string;
  type: string;
  status: string;
  vendorId: string;
  regionId: string;
  date: string;
  counterpartyIds: string[];
  counterpartyNote: string;
  actorIds: string[];
  personIds: string[];
  productIds: string[];
  citations: CitationValues[];
  links: LinkValues[];
}

export const EVENT_FIELDS: readonly FieldSpec[] = [
  { name: 'title', label: 'Title', kind: 'text' },
  { name: 'type', label: 'Type', kind: 'enum', labels: EVENT_TYPE_LABELS },
  { name: 'status', label: 'Status', kind: 'enum', labels: EVENT_STATUS_LABELS },
  { name: 'summary', label: 'Summary', kind: 'text' },
  { name: 'date', label: 'Date', kind: 'date' },
  { name: 'vendorId', label: 'Vendor', kind: 'ref' },
  { name: 'regionId', label: 'Region', kind: 'ref' },
  { name: 'counterpartyIds', label: 'Counterparties', kind: 'refs' },
  { name: 'counterpartyNote', label: 'Counterparty note', kind: 'text' },
  { name: 'actorIds', label: 'Other actors', kind: 'refs' },
  { name: 'personIds', label: 'People', kind: 'refs' },
  { name: 'productIds', label: 'Products', kind: 'refs' },
  { name: 'citations', label: 'Sources', kind: 'citations' },
];

/** Every field of the form, top to bottom (`#` stands for a group's index): the error summary's order. */
export const EVENT_FIELD_ORDER: readonly string[] = [
  ...EVENT_FIELDS.filter((f) => f.name !== 'citations').map((f) => f.name),
  'citations',
  ...[
    'sourceId',
    'newSource.outlet',
    'newSource.title',
    'newSource.url',
    'newSource.published',
    'quote',
    'speakerId',
    'stance',
    'note',
  ].map((sub) => `citations.#.${sub}`),
  'links',
  ...['type', 'toEventId', 'note'].map((sub) => `links.#.${sub}`),
];

export function emptyCitation(): CitationValues {
  return {
    sourceMode: 'existing',
    sourceId: '',
    newSource: null,
    quote: '',
    speakerId: '',
    stance: 'supports',
    note: '',
  };
}

export function emptyNewSource(): NewSourceValues {
  return { url: '', outlet: '', title: '', published: '' };
}

export function emptyLink(): LinkValues {
  return { linkId: '', version: '', type: 'related', toEventId: '', note: '' };
}

export function emptyEventValues(prefill: { vendorId?: string; regionId?: string } = {}): EventValues {
  return {
    title: '',
    summary: '',
    type: '',
    status: '',
    vendorId: prefill.vendorId ?? '',
    regionId: prefill.regionId ?? '',
    date: '',
    counterpartyIds: [],
    counterpartyNote: '',
    actorIds: [],
    personIds: [],
    productIds: [],
    citations: [],
    links: [],
  };
}

export function readEventForm(data: FormSource): EventValues {
  const citations = readGroups(data, 'citations').map((g): CitationValues => {
    const sourceMode = g.sourceMode === 'new' ? 'new' : 'existing';
    return {
      sourceMode,
      sourceId: sourceMode === 'existing' ? (g.sourceId ?? '') : '',
      newSource:
        sourceMode === 'new'
          ? {
              url: g['newSource.url'] ?? '',
              outlet: g['newSource.outlet'] ?? '',
              title: g['newSource.title'] ?? '',
              published: g['newSource.published'] ?? '',
            }
          : null,
      quote: g.quote ?? '',
      speakerId: g.speakerId ?? '',
      stance: g.stance === 'contradicts' ? 'contradicts' : 'supports',
      note: g.note ?? '',
    };
  });
  const links = readGroups(data, 'links').map((g): LinkValues => ({
    linkId: g.linkId ?? '',
    version: g.version ?? '',
    type: g.type ?? '',
    toEventId: g.toEventId ?? '',
    note: g.note ?? '',
  }));
  return {
    title: readText(data, 'title'),
    summary: readText(data, 'summary'),
    type: readText(data, 'type'),
    status: readText(data, 'status'),
    vendorId: readText(data, 'vendorId'),
    regionId: readText(data, 'regionId'),
    date: readText(data, 'date'),
    counterpartyIds: readList(data, 'counterpartyIds'),
    counterpartyNote: readText(data, 'counterpartyNote'),
    actorIds: readList(data, 'actorIds'),
    personIds: readList(data, 'personIds'),
    productIds: readList(data, 'productIds'),
    citations,
    links,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A saved link as the event form shows it. */
export interface SavedLink {
  id: string;
  version: number;
  type: string;
  toEventId: string;
  note: string;
}

/**
 * The form's values for a saved event (its write-path image). The date is shown in words
 * ("November 2018"), which parse back to the same EDTF.
 */
export function eventValuesFromRecord(
  image: Readonly<Record<string, unknown>>,
  links: readonly SavedLink[] = [],
): EventValues {
  const rawCitations = Array.isArray(image.citations) ? (image.citations as Record<string, unknown>[]) : [];
  const edtf = text(image.date);
  return {
    title: text(image.title),
    summary: text(image.summary),
    type: text(image.type),
    status: text(image.status),
    vendorId: text(image.vendorId),
    regionId: text(image.regionId),
    date: edtf ? formatFuzzyDate(edtf) : '',
    counterpartyIds: ids(image.counterpartyIds),
    counterpartyNote: text(image.counterpartyNote),
    actorIds: ids(image.actorIds),
    personIds: ids(image.personIds),
    productIds: ids(image.productIds),
    citations: rawCitations.map((c) => ({
      sourceMode: 'existing',
      sourceId: text(c.sourceId),
      newSource: null,
      quote: text(c.quote),
      speakerId: text(c.speakerId),
      stance: text(c.stance) || 'supports',
      note: text(c.note),
    })),
    links: links.map((l) => ({
      linkId: l.id,
      version: String(l.version),
      type: l.type,
      toEventId: l.toEventId,
      note: l.note,
    })),
  };
}

export function sourceInputFromNewSource(s: NewSourceValues) {
  return { url: s.url, outlet: s.outlet, title: s.title, published: s.published };
}

/**
 * The write path's event input. `sourceIds[i]` is the id of citation i's source: the chosen
 * one, or the one just created from its inline "new source".
 */
export function eventInputFromValues(
  values: EventValues,
  sourceIds: readonly string[] = values.citations.map((c) => c.sourceId),
) {
  return {
    title: values.title,
    summary: values.summary,
    type: values.type,
    status: values.status,
    vendorId: values.vendorId || null,
    regionId: values.regionId || null,
    date: values.date,
    counterpartyIds: values.counterpartyIds,
    counterpartyNote: values.counterpartyNote,
    actorIds: values.actorIds,
    personIds: values.personIds,
    productIds: values.productIds,
    citations: values.citations.map((c, i) => ({
      sourceId: sourceIds[i] ?? '',
      quote: c.quote,
      speakerId: c.speakerId || null,
      stance: c.stance || 'supports',
      note: c.note,
    })),
  };
}

/** Stands in for ids that do not exist yet (the event itself, inline sources) while validating. */
export const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every problem the schemas find, all at once: the event, each inline new source and each link.
 * (The write path validates again, and checks that references exist.)
 */
export function validateEventValues(values: EventValues, eventId: string = PLACEHOLDER_ID): FormErrors {
  const sourceIds = values.citations.map((c) => (c.sourceMode === 'new' ? PLACEHOLDER_ID : c.sourceId));
  const event = check(eventInput, eventInputFromValues(values, sourceIds));
  let errors = event.ok ? {} : event.errors;
  errors = preferEmptyMessages(errors, (f) => !values[f as 'type' | 'status'], {
    type: 'Choose the kind of event',
    status: 'Choose a status',
  });

  values.citations.forEach((c, i) => {
    if (c.sourceMode === 'existing' && !c.sourceId) {
      errors = {
        ...errors,
        [`citations.${i}.sourceId`]: ['Choose a source, or switch to “New source” to add one'],
      };
    }
    if (c.sourceMode === 'new' && c.newSource) {
      const source = check(sourceInput, sourceInputFromNewSource(c.newSource), `citations.${i}.newSource.`);
      if (!source.ok) {
        errors = mergeFormErrors(
          errors,
          preferDateMessage(source.errors, `citations.${i}.newSource.published`, c.newSource.published),
        );
      }
    }
  });

  const seen = new Set<string>();
  values.links.forEach((link, i) => {
    const prefix = `links.${i}.`;
    const result = check(
      eventLinkInput,
      { fromEventId: eventId, toEventId: link.toEventId, type: link.type, note: link.note },
      prefix,
    );
    let linkErrors = result.ok ? {} : result.errors;
    linkErrors = preferEmptyMessages(
      linkErrors,
      (f) => (f.endsWith('toEventId') ? !link.toEventId : !link.type),
      {
        [`${prefix}toEventId`]: 'Choose the event this one links to',
        [`${prefix}type`]: 'Choose how the events are linked',
      },
    );
    const key = `${link.type}→${link.toEventId}`;
    if (link.toEventId && seen.has(key))
      linkErrors = mergeFormErrors(linkErrors, { [`${prefix}toEventId`]: ['This link is listed twice'] });
    seen.add(key);
    errors = mergeFormErrors(errors, linkErrors);
  });
  return errors;
}
