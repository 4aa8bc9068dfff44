import './forms.css';

/** Guidance beside the event form (below it on small screens). */
export function EventFormTips() {
  return (
    <aside className="form-tips" aria-labelledby="form-tips-title">
      <h2 id="form-tips-title" className="form-tips__title">
        Recording an event well
      </h2>
      <dl className="form-tips__list">
        <dt>Dates no more precise than the sources</dt>
        <dd>
          Write what they say: “November 2018”, “late 2018”, “by end 2018 or early 2019”. The form shows how
          it reads the date before you save.
        </dd>
        <dt>Every claim tied to a source</dt>
        <dd>
          Quote the passage word for word, name who said it, and mark a source that contradicts the event as
          such.
        </dd>
        <dt>Plans and outcomes stay apart</dt>
        <dd>
          A planned entry and the entry itself are two events: add the outcome, then link it to the plan with{' '}
          <em>Fulfils</em> or <em>Cancels</em>.
        </dd>
        <dt>Every save is recorded</dt>
        <dd>
          Each change becomes a version in the event’s history, under your name. If someone saves first, you
          are shown both versions.
        </dd>
      </dl>
    </aside>
  );
}
