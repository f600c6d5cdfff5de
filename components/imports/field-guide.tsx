import { TableScroller } from '@/components/ui/table-scroller';

/** The template's columns in plain words, and the words to use for the kind of work. */
export function FieldGuide({
  columns,
  kinds,
}: {
  columns: readonly { name: string; isRequired: boolean; example: string; guide: string }[];
  kinds: { slug: string; name: string }[];
}) {
  return (
    <>
      <h2 className="mt-10 text-2xl font-bold">What to put in each column</h2>
      <TableScroller label="What to put in each column">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Column
              </th>
              <th scope="col" className="p-2">
                What to put
              </th>
              <th scope="col" className="p-2">
                Example
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.name} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-mono">
                  {column.name}
                  <span className="block font-sans font-normal text-muted">{column.isRequired ? 'Needed' : 'Optional'}</span>
                </th>
                <td className="p-2">{column.guide}</td>
                <td className="p-2">{column.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <h2 className="mt-10 text-2xl font-bold">Kinds of work</h2>
      <p className="mt-2">In the category column, use the word on the left or the name.</p>
      <details className="mt-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold">Show all {kinds.length} kinds of work</summary>
        <ul aria-label="Kinds of work" className="mt-2 grid gap-1 sm:grid-cols-2">
          {kinds.map((kind) => (
            <li key={kind.slug}>
              <span className="font-mono">{kind.slug}</span>: {kind.name}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
