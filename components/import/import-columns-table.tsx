/** The reference table of an import file's columns, shown to everyone on the import pages. */
export function ImportColumnsTable({
  caption,
  columns,
}: {
  caption: string;
  columns: readonly { name: string; required: boolean; description: string }[];
}) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Required</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <th scope="row" className="mono">
                {column.name}
              </th>
              <td>{column.required ? 'yes' : 'no'}</td>
              <td>{column.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
