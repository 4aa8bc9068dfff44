import type { EntityType } from '@/lib/domain/vocabulary';
import type { EntityDef } from '../entity';
import { eventEntity } from './event';
import { eventLinkEntity } from './event-link';
import { metricEntity } from './metric';
import { organizationEntity } from './organization';
import { personEntity } from './person';
import { productEntity } from './product';
import { regionEntity } from './region';
import { sourceEntity } from './source';
import { viewEntity } from './view';

export const ENTITIES: Record<EntityType, EntityDef> = {
  organization: organizationEntity as unknown as EntityDef,
  region: regionEntity as unknown as EntityDef,
  person: personEntity as unknown as EntityDef,
  product: productEntity as unknown as EntityDef,
  source: sourceEntity as unknown as EntityDef,
  event: eventEntity as unknown as EntityDef,
  event_link: eventLinkEntity as unknown as EntityDef,
  metric: metricEntity as unknown as EntityDef,
  view: viewEntity as unknown as EntityDef,
};
