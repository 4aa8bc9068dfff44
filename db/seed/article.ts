// The founding case: Digitalcutlet's report (around March 2018) on Xiaomi's planned US entry,
// and the sources it cites. Every record below states only what that report and its cited
// sources support; dates are no more precise than they allow. Ids are fixed so that seeding is
// idempotent and links can name their targets.

const id = (group: number, n: number) =>
  `5eed0000-0000-4000-8000-${String(group).padStart(6, '0')}${String(n).padStart(6, '0')}`;

export const IDS = {
  org: {
    xiaomi: id(1, 1),
    huawei: id(1, 2),
    zte: id(1, 3),
    att: id(1, 4),
    walmart: id(1, 5),
    fbi: id(1, 6),
    nsa: id(1, 7),
    cia: id(1, 8),
  },
  region: {
    world: id(2, 1),
    europe: id(2, 2),
    asia: id(2, 3),
    northAmerica: id(2, 4),
    westernEurope: id(2, 5),
    eu: id(2, 6),
    spain: id(2, 7),
    madrid: id(2, 8),
    us: id(2, 9),
    china: id(2, 10),
    india: id(2, 11),
  },
  person: { leiJun: id(3, 1), richardYu: id(3, 2) },
  product: {
    miMix2: id(4, 1),
    miA1: id(4, 2),
    miTv: id(4, 3),
    miHeadphones: id(4, 4),
    miBox: id(4, 5),
  },
  source: { digitalcutlet: id(5, 1), verge: id(5, 2), wsj: id(5, 3) },
  event: {
    presenceIndia: id(6, 1),
    presenceChina: id(6, 2),
    madridStore: id(6, 3),
    usPlannedEntry: id(6, 4),
    walmart: id(6, 5),
    zteCarriers: id(6, 6),
    attHuaweiDeal: id(6, 7),
    attCancels: id(6, 8),
    huaweiDenies: id(6, 9),
    richardYuCes: id(6, 10),
  },
  link: { cancels: id(7, 1), denialRespondsTo: id(7, 2), yuRespondsTo: id(7, 3) },
} as const;

const { org, region, person, product, source, event } = IDS;

export const ORGANIZATIONS = [
  {
    id: org.xiaomi,
    slug: 'xiaomi',
    name: 'Xiaomi',
    kind: 'vendor',
    hqCountry: 'CN',
    website: 'https://www.mi.com/',
    description: 'Chinese smartphone and consumer-electronics maker, strong in China and India.',
  },
  {
    id: org.huawei,
    slug: 'huawei',
    name: 'Huawei',
    kind: 'vendor',
    hqCountry: 'CN',
    website: 'https://consumer.huawei.com/',
    description: 'Chinese telecom-equipment and smartphone maker.',
  },
  {
    id: org.zte,
    slug: 'zte',
    name: 'ZTE',
    kind: 'vendor',
    hqCountry: 'CN',
    website: 'https://www.zte.com.cn/',
    description: 'Chinese telecom-equipment and smartphone maker.',
  },
  {
    id: org.att,
    slug: 'att',
    name: 'AT&T',
    kind: 'carrier',
    hqCountry: 'US',
    website: 'https://www.att.com/',
    description: 'US mobile carrier.',
    regionIds: [region.us],
  },
  {
    id: org.walmart,
    slug: 'walmart',
    name: 'Walmart',
    kind: 'retailer',
    hqCountry: 'US',
    website: 'https://www.walmart.com/',
    description: 'US retail chain.',
    regionIds: [region.us],
  },
  {
    id: org.fbi,
    slug: 'fbi',
    name: 'FBI',
    kind: 'agency',
    hqCountry: 'US',
    website: 'https://www.fbi.gov/',
    description: 'Federal Bureau of Investigation (US).',
  },
  {
    id: org.nsa,
    slug: 'nsa',
    name: 'NSA',
    kind: 'agency',
    hqCountry: 'US',
    website: 'https://www.nsa.gov/',
    description: 'National Security Agency (US).',
  },
  {
    id: org.cia,
    slug: 'cia',
    name: 'CIA',
    kind: 'agency',
    hqCountry: 'US',
    website: 'https://www.cia.gov/',
    description: 'Central Intelligence Agency (US).',
  },
] as const;

/** In dependency order: parents before members. */
export const REGIONS = [
  { id: region.world, slug: 'world', name: 'World', kind: 'global', parentIds: [] },
  { id: region.europe, slug: 'europe', name: 'Europe', kind: 'continent', parentIds: [region.world] },
  { id: region.asia, slug: 'asia', name: 'Asia', kind: 'continent', parentIds: [region.world] },
  {
    id: region.northAmerica,
    slug: 'north-america',
    name: 'North America',
    kind: 'continent',
    parentIds: [region.world],
  },
  {
    id: region.westernEurope,
    slug: 'western-europe',
    name: 'Western Europe',
    kind: 'grouping',
    parentIds: [region.europe],
  },
  {
    id: region.eu,
    slug: 'european-union',
    name: 'European Union',
    kind: 'grouping',
    parentIds: [region.europe],
  },
  {
    id: region.spain,
    slug: 'spain',
    name: 'Spain',
    kind: 'country',
    isoCode: 'ES',
    isoNumeric: '724',
    parentIds: [region.westernEurope, region.europe, region.eu],
  },
  { id: region.madrid, slug: 'madrid', name: 'Madrid', kind: 'city', parentIds: [region.spain] },
  {
    id: region.us,
    slug: 'united-states',
    name: 'United States',
    kind: 'country',
    isoCode: 'US',
    isoNumeric: '840',
    parentIds: [region.northAmerica],
    note: 'Most smartphones in the US are bought through mobile carriers, so a vendor entering the market needs carrier partners (Digitalcutlet, 2018).',
  },
  {
    id: region.china,
    slug: 'china',
    name: 'China',
    kind: 'country',
    isoCode: 'CN',
    isoNumeric: '156',
    parentIds: [region.asia],
  },
  {
    id: region.india,
    slug: 'india',
    name: 'India',
    kind: 'country',
    isoCode: 'IN',
    isoNumeric: '356',
    parentIds: [region.asia],
  },
] as const;

export const PEOPLE = [
  {
    id: person.leiJun,
    slug: 'lei-jun',
    name: 'Lei Jun',
    role: 'Chairman, Xiaomi',
    organizationId: org.xiaomi,
  },
  {
    id: person.richardYu,
    slug: 'richard-yu',
    name: 'Richard Yu',
    role: 'CEO, Huawei consumer business',
    organizationId: org.huawei,
  },
] as const;

export const PRODUCTS = [
  { id: product.miMix2, slug: 'mi-mix-2', name: 'Mi Mix 2', vendorId: org.xiaomi, category: 'smartphone' },
  { id: product.miA1, slug: 'mi-a1', name: 'Mi A1', vendorId: org.xiaomi, category: 'smartphone' },
  { id: product.miTv, slug: 'mi-tv', name: 'Mi TV', vendorId: org.xiaomi, category: 'tv' },
  {
    id: product.miHeadphones,
    slug: 'mi-headphones',
    name: 'Mi Headphones',
    vendorId: org.xiaomi,
    category: 'audio',
  },
  {
    id: product.miBox,
    slug: 'mi-box',
    name: 'Android TV set-top box',
    vendorId: org.xiaomi,
    category: 'set_top_box',
  },
] as const;

export const SOURCES = [
  {
    id: source.digitalcutlet,
    url: 'http://www.digitalcutlet.co.in/xiaomi-is-planning-to-enter-the-us-smartphone-market-later-this-year-or-by-early-2019/',
    outlet: 'Digitalcutlet',
    title: 'Xiaomi is planning to enter the US smartphone market later this year or by early 2019',
    published: '2018-03~',
    note: 'The founding article. Its page shows no date; it reports the Wall Street Journal interview of March 2018, hence "around March 2018".',
  },
  {
    id: source.verge,
    url: 'https://www.theverge.com/2017/11/7/16610720/xiaomi-spain-mi-mix-2-launch-europe-android-business',
    outlet: 'The Verge',
    title: 'Xiaomi expands into western Europe with flagship Mi Mix 2 at the vanguard',
    published: '2017-11-07',
    author: 'Vlad Savov',
    note: 'Cited by Digitalcutlet for the Madrid launch.',
  },
  {
    id: source.wsj,
    url: null,
    outlet: 'The Wall Street Journal',
    title: 'Lei Jun on entering the US market (interview)',
    published: null,
    note: 'Known through Digitalcutlet ("As per The Wall Street Journal…"); the original article is not linked here because its address was not recorded.',
  },
] as const;

const DC = source.digitalcutlet;

/** Events as first recorded. `attHuaweiDeal` is recorded as planned, then updated (see seed). */
export const EVENTS = [
  {
    id: event.presenceIndia,
    title: 'Xiaomi has a very strong presence in India',
    summary: 'As of the report (around March 2018), Xiaomi is established in India.',
    type: 'presence',
    status: 'happened',
    vendorId: org.xiaomi,
    regionId: region.india,
    date: '2018-03~',
    citations: [
      {
        sourceId: DC,
        quote:
          'Though Xiaomi has established a very strong presence in India and China, it is still to make an entry into the US.',
      },
    ],
  },
  {
    id: event.presenceChina,
    title: 'Xiaomi has a very strong presence in China',
    summary: 'As of the report (around March 2018), Xiaomi is established in China, its home market.',
    type: 'presence',
    status: 'happened',
    vendorId: org.xiaomi,
    regionId: region.china,
    date: '2018-03~',
    citations: [
      {
        sourceId: DC,
        quote:
          'Though Xiaomi has established a very strong presence in India and China, it is still to make an entry into the US.',
      },
    ],
  },
  {
    id: event.madridStore,
    title: 'Xiaomi opens its first store in Madrid',
    summary:
      "Xiaomi's first official presence in Western Europe, with the Mi Mix 2 and the Android One Mi A1 at the helm.",
    type: 'store_opening',
    status: 'happened',
    vendorId: org.xiaomi,
    regionId: region.madrid,
    date: '2017-11',
    productIds: [product.miMix2, product.miA1],
    citations: [
      {
        sourceId: source.verge,
        quote:
          "Xiaomi, one of the big stars of China's explosive growth in online retail and smartphones, is coming to Europe, and it's doing so with a grand launch event in the Spanish capital of Madrid.",
      },
      {
        sourceId: DC,
        quote:
          'Xiaomi recently opened its first store in the Spanish capital, Madrid, thereby inserting its first official presence in Western Europe.',
      },
    ],
  },
  {
    id: event.usPlannedEntry,
    title: 'Xiaomi plans to enter the US market',
    summary:
      'Xiaomi chairman Lei Jun says the company plans to start entering the US smartphone market by end 2018 or early 2019.',
    type: 'planned_entry',
    status: 'planned',
    vendorId: org.xiaomi,
    regionId: region.us,
    date: 'by end 2018 or early 2019',
    personIds: [person.leiJun],
    citations: [
      {
        sourceId: source.wsj,
        speakerId: person.leiJun,
        quote:
          "We've always been considering entering the US market. We plan to start entering the market by end 2018, or by early 2019.",
      },
      {
        sourceId: DC,
        speakerId: person.leiJun,
        quote:
          'As per The Wall Street Journal, Xiaomi Chairman Lei Jun said that "We\'ve always been considering entering the US market. We plan to start entering the market by end 2018, or by early 2019."',
      },
    ],
  },
  {
    id: event.walmart,
    title: 'Xiaomi sells Mi TV, Mi Headphones and an Android TV box through Walmart',
    summary:
      'Non-phone products are sold in the US through Walmart outlets; no Xiaomi smartphone is sold there. Reported as ongoing around March 2018.',
    type: 'retail_availability',
    status: 'happened',
    vendorId: org.xiaomi,
    regionId: region.us,
    date: '2018-03~',
    counterpartyIds: [org.walmart],
    productIds: [product.miTv, product.miHeadphones, product.miBox],
    citations: [
      {
        sourceId: DC,
        quote:
          'Xiaomi has been selling a number of products in the US including Mi TV, Mi Headphone and its Android TV set-top box via various WalMart outlets throughout the country, says the report.',
      },
    ],
  },
  {
    id: event.zteCarriers,
    title: 'ZTE gains US market share through deals with major carriers',
    summary:
      'Reported around March 2018 (attributed to The Verge); the carriers are not named and the deals predate the report.',
    type: 'carrier_partnership',
    status: 'happened',
    vendorId: org.zte,
    regionId: region.us,
    date: '2018-03~',
    counterpartyNote: 'major US carriers (not named)',
    citations: [
      {
        sourceId: DC,
        quote:
          'The Verge says that Chinese smartphone maker ZTE has already got a market share in the country after striking a deal with major US carriers.',
      },
    ],
  },
  {
    id: event.attHuaweiDeal,
    title: 'Huawei and AT&T deal to sell Huawei phones in the US',
    summary: 'A carrier deal that would have brought Huawei phones to AT&T, expected around CES 2018.',
    type: 'carrier_partnership',
    status: 'planned',
    vendorId: org.huawei,
    regionId: region.us,
    date: '2018-01',
    counterpartyIds: [org.att],
    citations: [
      {
        sourceId: DC,
        quote:
          'Huawei, on the other hand, has gotten off to a rocky start in the US after AT&T canceled its partnership with the company at the last minute.',
      },
    ],
  },
  {
    id: event.attCancels,
    title: 'AT&T cancels its Huawei deal at the last minute',
    summary:
      'Reasons are unclear; the fallout was largely attributed to FBI, NSA and CIA concerns over user data being exposed to the Chinese government.',
    type: 'partnership_cancelled',
    status: 'happened',
    vendorId: org.huawei,
    regionId: region.us,
    date: '2018-01',
    counterpartyIds: [org.att],
    actorIds: [org.fbi, org.nsa, org.cia],
    citations: [
      {
        sourceId: DC,
        quote:
          'Though reasons are still unclear, the fall out was largely due to security concerns by the FBI, NSA, and CIA over user data being exposed to the Chinese government.',
      },
    ],
  },
  {
    id: event.huaweiDenies,
    title: 'Huawei denies the security allegations',
    summary: 'Huawei has repeatedly denied the allegations behind the cancellation.',
    type: 'statement',
    status: 'happened',
    vendorId: org.huawei,
    regionId: region.us,
    date: '2018-01~/2018-03~',
    citations: [{ sourceId: DC, quote: 'Huawei has repeatedly denied the allegations' }],
  },
  {
    id: event.richardYuCes,
    title: 'Richard Yu criticises US carriers at CES 2018',
    summary: "Huawei's consumer-business CEO goes off script to criticise the US carriers.",
    type: 'statement',
    status: 'happened',
    vendorId: org.huawei,
    regionId: region.us,
    date: '2018-01',
    personIds: [person.richardYu],
    citations: [
      {
        sourceId: DC,
        speakerId: person.richardYu,
        quote:
          "Huawei's CEO Richard Yu also gave vent via an unscripted criticism of the US carriers at CES 2018.",
      },
    ],
  },
] as const;

export const LINKS = [
  {
    id: IDS.link.cancels,
    fromEventId: event.attCancels,
    toEventId: event.attHuaweiDeal,
    type: 'cancels',
    note: '',
  },
  {
    id: IDS.link.denialRespondsTo,
    fromEventId: event.huaweiDenies,
    toEventId: event.attCancels,
    type: 'responds_to',
    note: '',
  },
  {
    id: IDS.link.yuRespondsTo,
    fromEventId: event.richardYuCes,
    toEventId: event.attCancels,
    type: 'responds_to',
    note: '',
  },
] as const;
