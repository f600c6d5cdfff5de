import { TableScroller } from '@/components/ui/table-scroller';
import { buttonClasses } from '@/components/ui/button-styles';

type PreviewRow = { row: number; reference: string; title: string; detail: string };

const cell = 'p-2 align-top';

function RowsTable({ label, rows, detailHeading }: { label: string; rows: PreviewRow[]; detailHeading: string }) {
  return (
    <TableScroller label={label}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Row
            </th>
            <th scope="col" className={cell}>
              Reference
            </th>
            <th scope="col" className={cell}>
              Title
            </th>
            <th scope="col" className={cell}>
              {detailHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className="border-b border-line">
              <td className={cell}>{row.row}</td>
              <td className={cell}>{row.reference}</td>
              <th scope="row" className={`${cell} font-normal`}>
                {row.title}
              </th>
              <td className={cell}>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/**
 * The preview of an uploaded file: its problems (row, column, what to fix), or what will be added and changed
 * with a button to save it all. Plain forms, so it works without JavaScript.
 */
export function ImportPreview({
  errors,
  toAdd,
  toChange,
  sameCount,
  importId,
  what,
  confirmAction,
  discardAction,
}: {
  errors: { row: number; column: string; message: string }[];
  toAdd: PreviewRow[];
  toChange: PreviewRow[];
  sameCount: number;
  importId: string;
  what: { one: string; many: string; detailHeading: string };
  confirmAction: (formData: FormData) => Promise<void>;
  discardAction: (formData: FormData) => Promise<void>;
}) {
  const count = (n: number) => `${n} ${n === 1 ? what.one : what.many}`;
  const rowsWithErrors = new Set(errors.map((error) => error.row)).size;
  return (
    <>
      {errors.length > 0 ? (
        <section aria-labelledby="problems-heading" className="mt-6 border-l-4 border-error p-4">
          <h2 id="problems-heading" className="text-2xl font-bold">
            There is a problem with {rowsWithErrors} {rowsWithErrors === 1 ? 'row' : 'rows'}
          </h2>
          <p className="mt-2">Nothing has been saved. Fix these rows in your file, then upload it again.</p>
          <TableScroller label="Rows with problems">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Rows with problems</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={cell}>
                    Row
                  </th>
                  <th scope="col" className={cell}>
                    Column
                  </th>
                  <th scope="col" className={cell}>
                    What to fix
                  </th>
                </tr>
              </thead>
              <tbody>
                {errors.map((error) => (
                  <tr key={`${error.row}-${error.column}`} className="border-b border-line">
                    <td className={cell}>{error.row}</td>
                    <td className={`${cell} font-mono`}>{error.column}</td>
                    <td className={cell}>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </section>
      ) : null}

      <h2 className="mt-8 text-2xl font-bold">To add: {count(toAdd.length)}</h2>
      {toAdd.length > 0 ? <RowsTable label={`${what.many} to add`} rows={toAdd} detailHeading={what.detailHeading} /> : null}
      <h2 className="mt-8 text-2xl font-bold">To change: {count(toChange.length)}</h2>
      {toChange.length > 0 ? <RowsTable label={`${what.many} to change`} rows={toChange} detailHeading="What changes" /> : null}
      {sameCount > 0 ? <p className="mt-8">{count(sameCount)} already up to date. We will mark them as checked today.</p> : null}

      <div className="mt-10 flex flex-wrap gap-4">
        {errors.length === 0 ? (
          <form action={confirmAction}>
            <input type="hidden" name="importId" value={importId} />
            <button type="submit" className={buttonClasses('primary')}>
              Save all {what.many}
            </button>
          </form>
        ) : null}
        <form action={discardAction}>
          <input type="hidden" name="importId" value={importId} />
          <button type="submit" className={buttonClasses('secondary')}>
            {errors.length === 0 ? 'Cancel, save nothing' : 'Throw this file away'}
          </button>
        </form>
      </div>
    </>
  );
}
