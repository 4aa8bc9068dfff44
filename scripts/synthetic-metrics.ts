// Prints a SYNTHETIC metrics CSV (for tests and benchmarks only; its source is marked synthetic)
// to import with POST /api/v1/metrics/import or /metrics/import into a test database:
//
//   npx tsx scripts/synthetic-metrics.ts --vendor xiaomi --region india --from 2010-Q1 --count 400 > /tmp/m.csv
//
// Never import it into the demo database.
import { parseArgs } from 'node:util';
import { METRIC_KINDS, type MetricKind } from '../lib/domain/vocabulary';
import { isQuarter } from '../lib/metrics/periods';
import { syntheticMetricsCsv } from '../lib/metrics/testing/synthetic-metrics';

const { values } = parseArgs({
  options: {
    vendor: { type: 'string', default: 'xiaomi' },
    region: { type: 'string', default: 'india' },
    from: { type: 'string', default: '2010-Q1' },
    count: { type: 'string', default: '40' },
    measure: { type: 'string', default: 'market_share_pct' },
    tag: { type: 'string', default: `synthetic-${Date.now().toString(36)}` },
    seed: { type: 'string', default: '7' },
  },
});
if (!isQuarter(values.from)) throw new Error('--from must be a quarter such as 2010-Q1');
if (!(METRIC_KINDS as readonly string[]).includes(values.measure))
  throw new Error(`--measure: one of ${METRIC_KINDS.join(', ')}`);
process.stdout.write(
  syntheticMetricsCsv({
    vendor: values.vendor,
    region: values.region,
    from: values.from,
    count: Number(values.count),
    measure: values.measure as MetricKind,
    tag: values.tag,
    seed: Number(values.seed),
  }),
);
