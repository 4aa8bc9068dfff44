import Link from 'next/link';
import type { PersonRef } from '@/lib/domain/dto';

export function PeopleList({ people }: { people: PersonRef[] }) {
  return (
    <ul className="link-list">
      {people.map((person) => (
        <li key={person.id} className="link-list__row">
          <Link href={`/people/${encodeURIComponent(person.slug)}`}>{person.name}</Link>
          {person.role ? <span className="link-list__note">{person.role}</span> : null}
        </li>
      ))}
    </ul>
  );
}
