/** One problem an import found: the file's row (1 = header) and column, and what is wrong. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

const SHOWN = 500;

/** Why an import was refused: the message, then every problem by row and column (the first 500). */
export function ImportProblems({ message, rows }: { message: string; rows: RowError[] }) {
  return (
    <div className="stack-s" role="alert">
      <p className="callout">{message}</p>
      {rows.length ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Problems found ({rows.length}); nothing was imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((error, index) => (
                <tr key={`${error.row}-${error.column}-${index}`}>
                  <td className="num">{error.row || '–'}</td>
                  <td className="mono">{error.column || '–'}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN ? <p className="muted">Only the first {SHOWN} problems are shown.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
