import type { PersonRef } from '@/lib/domain/dto';

export function PeopleList({ people }: { people: PersonRef[] }) {
  return (
    <ul className="link-list">
      {people.map((person) => (
        <li key={person.id} className="link-list__row">
          <span>{person.name}</span>
          {person.role ? <span className="link-list__note">{person.role}</span> : null}
        </li>
      ))}
    </ul>
  );
}
