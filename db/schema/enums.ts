import { pgEnum } from 'drizzle-orm/pg-core';
import {
  CITATION_STANCES,
  DATE_PRECISIONS,
  EVENT_LINK_TYPES,
  EVENT_ORG_ROLES,
  EVENT_STATUSES,
  EVENT_TYPES,
  METRIC_KINDS,
  ORGANIZATION_KINDS,
  PRODUCT_CATEGORIES,
  REGION_KINDS,
  REVISION_ACTIONS,
  USER_ROLES,
} from '@/lib/domain/vocabulary';

// The value lists live in lib/domain/vocabulary.ts so that zod schemas, URL parsing and the
// database share one source of truth.
export const organizationKind = pgEnum('organization_kind', ORGANIZATION_KINDS);
export const regionKind = pgEnum('region_kind', REGION_KINDS);
export const productCategory = pgEnum('product_category', PRODUCT_CATEGORIES);
export const eventType = pgEnum('event_type', EVENT_TYPES);
export const eventStatus = pgEnum('event_status', EVENT_STATUSES);
export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
export const eventOrgRole = pgEnum('event_org_role', EVENT_ORG_ROLES);
export const eventLinkType = pgEnum('event_link_type', EVENT_LINK_TYPES);
export const citationStance = pgEnum('citation_stance', CITATION_STANCES);
export const metricKind = pgEnum('metric_kind', METRIC_KINDS);
export const revisionAction = pgEnum('revision_action', REVISION_ACTIONS);
export const userRole = pgEnum('user_role', USER_ROLES);
