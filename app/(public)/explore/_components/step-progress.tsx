/** "Question 2 of 4", with a bar that fills up. The words carry the meaning; the bar is decoration. */
export function StepProgress({ index, total }: { index: number; total: number }) {
  const percent = Math.round(((index + 1) / total) * 100);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-lg font-bold text-muted">
        Question {index + 1} of {total}
      </p>
      <div aria-hidden="true" className="h-3 w-full max-w-md overflow-hidden rounded-full border-2 border-ink bg-paper">
        <div className="h-full bg-brand forced-colors:bg-[Highlight]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
