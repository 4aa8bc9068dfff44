export function regionHref(region: { slug: string }): string {
  return `/regions/${encodeURIComponent(region.slug)}`;
}
