export function eventHref(event: { id: string }): string {
  return `/events/${encodeURIComponent(event.id)}`;
}
