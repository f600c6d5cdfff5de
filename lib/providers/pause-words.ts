// Words about a provider the council has paused (decision 039), like the employer ones in
// lib/vacancies/review-words.ts.

/** What a paused provider's staff see at the top of every page, or null when it is live. */
export function describeProviderPause(pausedAt: Date | null): string | null {
  return pausedAt ? 'The council has paused your organisation. Young people cannot see your courses.' : null;
}

/** The status a council admin sees in the list of providers. */
export function providerStatusWords(pausedAt: Date | null): 'Paused' | 'Live' {
  return pausedAt ? 'Paused' : 'Live';
}

/** What the council admin is told after pausing or restoring a provider. */
export function pauseDoneWords(name: string, isPaused: boolean): string {
  return isPaused
    ? `${name} is paused. Young people cannot see their page, courses, open days or vacancies. Their staff can still sign in.`
    : `${name} is restored. Young people can see their page and courses again.`;
}
