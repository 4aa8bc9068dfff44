import type { TimelineItem } from './types';

// Small fixtures for the timeline's unit tests: the founding article's events, as the
// timeline query returns them.

const ref = (slug: string, name: string) => ({ id: `id-${slug}`, slug, name });
const XIAOMI = ref('xiaomi', 'Xiaomi');
const HUAWEI = ref('huawei', 'Huawei');
const ZTE = ref('zte', 'ZTE');
const US = ref('united-states', 'United States');
const ATT = ref('att', 'AT&T');

let n = 0;
export function item(
  partial: Partial<TimelineItem> & { lo: string; hi?: string; edtf?: string },
): TimelineItem {
  n += 1;
  const { lo, hi, edtf, ...rest } = partial;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Event ${n}`,
    type: 'statement',
    status: 'happened',
    date: {
      edtf: edtf ?? (hi && hi !== lo ? `${lo}/${hi}` : lo),
      lo,
      hi: hi ?? lo,
      precision: hi && hi !== lo ? 'window' : 'day',
      approximate: (edtf ?? '').includes('~'),
      uncertain: false,
      label: edtf ?? lo,
    },
    vendor: XIAOMI,
    region: US,
    counterparties: [],
    counterpartyNote: '',
    sourceCount: 1,
    ...rest,
  };
}

export function articleItems(): TimelineItem[] {
  return [
    item({
      id: 'madrid',
      title: 'Xiaomi opens its first store in Madrid',
      type: 'store_opening',
      lo: '2017-11-01',
      hi: '2017-11-30',
      edtf: '2017-11',
      region: ref('madrid', 'Madrid'),
    }),
    item({
      id: 'india',
      title: 'Xiaomi has a very strong presence in India',
      type: 'presence',
      lo: '2018-03-01',
      hi: '2018-03-31',
      edtf: '2018-03~',
      region: ref('india', 'India'),
    }),
    item({
      id: 'us-plan',
      title: 'Xiaomi plans to enter the US market',
      type: 'planned_entry',
      status: 'planned',
      lo: '2018-12-01',
      hi: '2019-03-31',
      edtf: '2018-12~/2019-03~',
    }),
    item({
      id: 'walmart',
      title: 'Xiaomi sells Mi TV through Walmart',
      type: 'retail_availability',
      lo: '2018-03-01',
      hi: '2018-03-31',
      edtf: '2018-03~',
      counterparties: [ref('walmart', 'Walmart')],
    }),
    item({
      id: 'zte',
      title: 'ZTE gains US market share',
      type: 'carrier_partnership',
      vendor: ZTE,
      lo: '2018-03-01',
      hi: '2018-03-31',
      edtf: '2018-03~',
      counterpartyNote: 'major US carriers',
    }),
    item({
      id: 'deal',
      title: 'Huawei and AT&T deal',
      type: 'carrier_partnership',
      status: 'cancelled',
      vendor: HUAWEI,
      lo: '2018-01-01',
      hi: '2018-01-31',
      edtf: '2018-01',
      counterparties: [ATT],
    }),
    item({
      id: 'cancel',
      title: 'AT&T cancels its Huawei deal',
      type: 'partnership_cancelled',
      vendor: HUAWEI,
      lo: '2018-01-01',
      hi: '2018-01-31',
      edtf: '2018-01',
      counterparties: [ATT],
    }),
    item({
      id: 'denies',
      title: 'Huawei denies the allegations',
      vendor: HUAWEI,
      lo: '2018-01-01',
      hi: '2018-03-31',
      edtf: '2018-01~/2018-03~',
    }),
    item({
      id: 'ces',
      title: 'Richard Yu criticises US carriers',
      vendor: HUAWEI,
      lo: '2018-01-01',
      hi: '2018-01-31',
      edtf: '2018-01',
    }),
    item({ id: 'day', title: 'An exact day', vendor: HUAWEI, status: 'denied', lo: '2018-06-12' }),
  ];
}
