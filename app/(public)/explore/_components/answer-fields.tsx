/** The answers so far, carried to the next step as hidden fields of a plain GET form. */
export function AnswerFields({ pairs }: { pairs: [string, string][] }) {
  return (
    <>
      {pairs.map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
