/** When a change was made, in London time: "2 December 2026, 7:40 pm". */
export const changeTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' });

/** "Recent changes" on a staff page: who changed what, and when, newest first (from content_changes). */
export function RecentChanges({
  changes,
  empty = 'No changes yet.',
  className = 'mt-8',
}: {
  changes: readonly { summary: string; by: string | null; at: Date }[];
  empty?: string;
  className?: string;
}) {
  return (
    <>
      <h2 className={`${className} text-2xl font-bold`}>Recent changes</h2>
      {changes.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" aria-label="Recent changes">
          {changes.map((change, index) => (
            <li key={index}>
              {change.summary}, by {change.by ?? 'someone who has left'}, {changeTimeFormat.format(change.at)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
