'use client';

import { useState } from 'react';
import { slugify } from '@/lib/forms/slug';
import { TextField } from './field';

/**
 * Name and the address (slug) made from it. On a new record the slug follows the name until
 * it is edited by hand; on a saved record it changes only by hand (links to it would break).
 */
export function NameAndSlug({
  name,
  slug,
  follow,
  base,
}: {
  name: string;
  slug: string;
  follow: boolean;
  base: string;
}) {
  const [nameValue, setName] = useState(name);
  const [slugValue, setSlug] = useState(slug);
  const [linked, setLinked] = useState(follow && (slug === '' || slug === slugify(name)));
  return (
    <>
      <TextField
        name="name"
        label="Name"
        value={nameValue}
        onChange={(value) => {
          setName(value);
          if (linked) setSlug(slugify(value));
        }}
        maxLength={200}
      />
      <TextField
        name="slug"
        label="Address"
        hint={
          <>
            Lowercase letters, digits and hyphens; the page will be{' '}
            <code>
              {base}/{slugValue || '…'}
            </code>
            {follow ? '' : '. Changing it breaks links to the old address'}.
          </>
        }
        value={slugValue}
        onChange={(value) => {
          setSlug(value);
          setLinked(false);
        }}
        spellCheck={false}
        autoComplete="off"
        maxLength={80}
      />
    </>
  );
}
