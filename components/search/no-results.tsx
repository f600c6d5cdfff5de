import Link from 'next/link';

export type SearchSuggestion = { href: string; text: string } | null | false;

/**
 * Empty results never end the road: wider searches to try (each search decides which), and a person to ask.
 * Repeated or missing suggestions are dropped.
 */
export function NoResults({ suggestions }: { suggestions: SearchSuggestion[] }) {
  const shown = suggestions
    .filter((suggestion): suggestion is { href: string; text: string } => Boolean(suggestion))
    .filter((suggestion, index, all) => all.findIndex((other) => other.href === suggestion.href) === index);
  return (
    <div className="mt-4 max-w-prose">
      <p>Try one of these:</p>
      <ul className="mt-2 list-disc pl-6">
        {shown.map((suggestion) => (
          <li key={suggestion.href}>
            <Link href={suggestion.href} className="inline-flex min-h-11 items-center">
              {suggestion.text}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        Or <Link href="/ask-adviser">ask your adviser to help you find something</Link>.
      </p>
    </div>
  );
}
