import { buttonClasses } from '@/components/ui/button-styles';

/**
 * "How far is it from you?": a GET form on a course or vacancy page that reloads it with ?postcode=, so the
 * page can say how far away it is. Other query values to keep (such as age) ride along hidden.
 */
export function HowFarForm({
  postcode,
  postcodeError,
  keep = {},
}: {
  postcode?: string;
  postcodeError?: string;
  keep?: Record<string, string | number | undefined>;
}) {
  return (
    <form method="get" className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-end">
      {Object.entries(keep).map(([name, value]) =>
        value !== undefined ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="postcode" className="font-bold">
          How far is it from you?
        </label>
        <p id="postcode-hint" className="text-base text-muted">
          Your postcode, or the first part, like HX1
        </p>
        {postcodeError ? (
          <p id="postcode-error" className="font-bold text-error">
            <span className="sr-only">Error: </span>
            {postcodeError}
          </p>
        ) : null}
        <input
          id="postcode"
          name="postcode"
          defaultValue={postcode ?? ''}
          autoComplete="postal-code"
          aria-describedby={postcodeError ? 'postcode-hint postcode-error' : 'postcode-hint'}
          aria-invalid={postcodeError ? true : undefined}
          className="min-h-12 w-full max-w-[20ch] border-2 border-ink bg-paper px-3 py-2 text-lg"
        />
      </div>
      <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
        Show how far
      </button>
    </form>
  );
}
