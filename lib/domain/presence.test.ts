import { describe, expect, it } from 'vitest';
import type { EventListItem } from './dto';
import { derivePresence, presenceStateOf } from './presence';

const region = (slug: string) => ({ id: slug, slug, name: slug, kind: 'country' as const, isoCode: null });
const event = (
  id: string,
  type: EventListItem['type'],
  status: EventListItem['status'],
  where: string,
  lo: string,
) => ({
  id,
  title: id,
  type,
  status,
  region: region(where),
  date: { edtf: lo, lo, hi: lo, precision: 'day', approximate: false, uncertain: false, label: lo },
});

describe('presence derived from events', () => {
  it('classifies each kind of event', () => {
    expect(presenceStateOf('presence', 'happened')).toBe('established');
    expect(presenceStateOf('store_opening', 'happened')).toBe('entered');
    expect(presenceStateOf('planned_entry', 'planned')).toBe('planned');
    expect(presenceStateOf('carrier_partnership', 'cancelled')).toBe('cancelled');
    expect(presenceStateOf('partnership_cancelled', 'happened')).toBe('cancelled');
    expect(presenceStateOf('market_exit', 'happened')).toBe('exited');
    // Selling TVs through a retailer is not a phone market entry.
    expect(presenceStateOf('retail_availability', 'happened')).toBeNull();
    expect(presenceStateOf('statement', 'happened')).toBeNull();
  });

  it('keeps the strongest state per region, and the latest event of that state', () => {
    const entries = derivePresence([
      event('plan', 'planned_entry', 'planned', 'us', '2018-12-01'),
      event('tv', 'retail_availability', 'happened', 'us', '2018-03-01'),
      event('deal-off', 'partnership_cancelled', 'happened', 'de', '2018-01-01'),
      event('store-1', 'store_opening', 'happened', 'es', '2017-11-01'),
      event('store-2', 'store_opening', 'happened', 'es', '2018-05-01'),
      event('plan-es', 'planned_entry', 'planned', 'es', '2017-01-01'),
    ]);
    expect(entries.map((e) => [e.region.slug, e.state, e.latestEvent.id])).toEqual([
      ['es', 'entered', 'store-2'],
      ['us', 'planned', 'plan'],
      ['de', 'cancelled', 'deal-off'],
    ]);
  });
});
