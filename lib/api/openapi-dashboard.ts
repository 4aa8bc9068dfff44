import { z } from 'zod';
import { CELL_STATES, DASHBOARD_PANELS, type DashboardData, type RegionRollup } from '@/lib/dashboard/types';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import { eventListItemSchema, orgRefSchema, regionRefSchema, revisionSummarySchema } from './openapi-schemas';

// OpenAPI mirrors of the dashboard's query and responses (lib/dashboard/types.ts), with
// compile-time drift checks like openapi-schemas.ts.

const day = z.iso.date();
const count = z.number().int();
const states = { established: count, entered: count, planned: count, cancelled: count, exited: count };

export const dashboardQuery = z.object({
  vendor: z
    .array(z.string())
    .optional()
    .meta({ description: 'Vendor slugs; repeat or comma-separate. As in /api/v1/events.' }),
  region: z.array(z.string()).optional().meta({
    description: 'Region slugs; a region includes its members (western-europe finds Spain and Madrid).',
  }),
  type: z.array(z.enum(EVENT_TYPES)).optional().meta({ description: 'Event types.' }),
  status: z.array(z.enum(EVENT_STATUSES)).optional().meta({ description: 'Event statuses.' }),
  from: day
    .optional()
    .meta({ description: 'YYYY-MM-DD: events whose fuzzy window ends on or after this day.' }),
  to: day
    .optional()
    .meta({ description: 'YYYY-MM-DD: events whose fuzzy window starts on or before this day.' }),
  panels: z
    .array(z.enum(DASHBOARD_PANELS))
    .optional()
    .meta({ description: 'Only these panels (comma-separated); all by default.' }),
});

const matrixRegionSchema = regionRefSchema.extend({
  isoNumeric: z
    .string()
    .nullable()
    .meta({ description: 'ISO 3166-1 numeric of a country (the world map shape id).' }),
});

export const dashboardDataSchema = z
  .object({
    today: day.meta({ description: 'The day (UTC) plans are overdue against.' }),
    headline: z
      .object({ vendors: count, regions: count, events: count, plansPending: count, plansOverdue: count })
      .optional()
      .meta({
        description:
          'Among the matching events: vendors, regions, events; open plans (pending status, no happened or cancelled outcome linked) and those whose window has passed.',
      }),
    quarters: z
      .array(
        z.object({
          quarter: z.string().meta({ example: '2018-Q1' }),
          total: count,
          counts: z.partialRecord(z.enum(EVENT_TYPES), count),
        }),
      )
      .optional()
      .meta({
        description:
          'Events per quarter of the start of their window, by type; empty quarters in between included.',
      }),
    regions: z
      .array(z.object({ region: regionRefSchema, counts: z.object(states) }))
      .optional()
      .meta({
        description:
          'Events by presence state per region (rolled up to the country), most entries first (15 at most).',
      }),
    matrix: z
      .object({
        vendors: z.array(orgRefSchema),
        regions: z.array(matrixRegionSchema),
        cells: z.array(
          z.object({ vendor: z.string(), region: z.string(), state: z.enum(CELL_STATES), events: count }),
        ),
      })
      .optional()
      .meta({
        description: 'Presence matrix vendor x region; cells absent from `cells` are absent with no events.',
      }),
    upcoming: z
      .array(eventListItemSchema)
      .optional()
      .meta({ description: 'Open plans whose window has not ended, soonest first (8 at most).' }),
    overdue: z
      .array(eventListItemSchema)
      .optional()
      .meta({ description: 'Open plans whose window has passed (8 at most).' }),
    changes: z
      .array(revisionSummarySchema)
      .optional()
      .meta({ description: 'Recent revisions (of the matching events when filtered).' }),
  })
  .meta({ id: 'Dashboard' });

export const regionRollupSchema = z
  .object({
    region: regionRefSchema,
    members: z.array(regionRefSchema),
    vendors: z.array(
      z.object({
        vendor: orgRefSchema,
        firstEntry: z.object({
          eventId: z.string(),
          title: z.string(),
          dateLabel: z.string(),
          dateLo: day,
          member: regionRefSchema,
        }),
        membersEntered: count,
        membersTotal: count,
        share: z.number().meta({ description: 'membersEntered / membersTotal, 0 to 1.' }),
      }),
    ),
  })
  .meta({ id: 'RegionRollup' });

type Expect<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _DashboardChecks = [
  Expect<Same<z.infer<typeof dashboardDataSchema>, DashboardData>>,
  Expect<Same<z.infer<typeof regionRollupSchema>, RegionRollup>>,
];
