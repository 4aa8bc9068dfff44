// Shown while a filtered list of events loads (only for /events; profiles and event pages
// render without a streaming boundary so that unknown ids still answer with HTTP 404).
export default function EventsLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="stack">
      <p className="visually-hidden">Loading events…</p>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--block" />
      <div className="skeleton skeleton--block" />
      <div className="skeleton skeleton--block" />
    </div>
  );
}
