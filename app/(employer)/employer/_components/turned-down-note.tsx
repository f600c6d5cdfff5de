/** What a turned-down employer's staff see: the council's decision and its reason (decision 040). */
export function TurnedDownNote({ reason }: { reason: string | null }) {
  return (
    <div className="mt-4 border-l-4 border-error bg-paper p-4">
      <h2 className="text-xl font-bold">The council turned down your organisation</h2>
      <p className="mt-2">You cannot post vacancies. Young people cannot see your vacancies.</p>
      {reason ? (
        <>
          <p className="mt-2 font-bold">The council said:</p>
          <p className="whitespace-pre-line">{reason}</p>
        </>
      ) : null}
      <p className="mt-2">If you think this is wrong, contact the council.</p>
    </div>
  );
}
