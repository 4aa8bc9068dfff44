import Link from 'next/link';
import type { LinkedEvent } from '@/lib/domain/dto';
import { EVENT_LINK_LABELS } from '@/lib/domain/labels';
import { EVENT_LINK_TYPES } from '@/lib/domain/vocabulary';
import { eventHref } from './event-href';
import { StatusBadge } from './status-badge';

interface LinkGroup {
  key: string;
  label: string;
  links: LinkedEvent[];
}

/** Groups in a fixed order: what this event does to others first, then what others do to it. */
function groupLinks(links: LinkedEvent[]): LinkGroup[] {
  const groups: LinkGroup[] = [];
  for (const direction of ['outgoing', 'incoming'] as const) {
    for (const type of EVENT_LINK_TYPES) {
      const matching = links.filter((link) => link.direction === direction && link.type === type);
      if (matching.length > 0) {
        groups.push({
          key: `${direction}-${type}`,
          label: EVENT_LINK_LABELS[type][direction],
          links: matching,
        });
      }
    }
  }
  return groups;
}

/** "Cancels: Huawei and AT&T deal…", "Responses: Huawei denies…", each linked to its event. */
export function LinkedEvents({ links }: { links: LinkedEvent[] }) {
  const groups = groupLinks(links);
  return (
    <div className="linked-groups">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`links-${group.key}`}>
          <h3 id={`links-${group.key}`} className="linked-group__title">
            {group.label}
          </h3>
          <ul className="link-list">
            {group.links.map((link) => (
              <li key={link.linkId}>
                <div className="link-list__row">
                  <Link href={eventHref(link.event)}>{link.event.title}</Link>
                  <span className="badges">
                    <span className="link-list__note">{link.event.dateLabel}</span>
                    <StatusBadge status={link.event.status} />
                  </span>
                </div>
                {link.note ? <p className="link-list__note">{link.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
