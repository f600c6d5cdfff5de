import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { getCurrentUser } from '@/lib/auth/session';
import { savedSearchQuery } from '@/lib/vacancies/saved-search';
import { type VacancyFilters, vacancySearchHref } from '@/lib/vacancies/search';
import { saveSearchAction } from '../actions';

/** Under the results: a young person saves this search (and gets a text when something new matches it). */
export async function SaveSearch({ filters }: { filters: VacancyFilters }) {
  const query = savedSearchQuery(filters);
  if (!query) return null;
  const user = await getCurrentUser();
  if (user && user.role !== 'young_person') return null;
  return (
    <section aria-labelledby="save-search" className="border-2 border-line bg-paper p-4">
      <h2 id="save-search" className="text-xl font-bold">
        Hear about new ones
      </h2>
      <p className="mt-2">Save this search. We will send you a text when something new matches it, once a day at most.</p>
      {user ? (
        <form action={saveSearchAction} className="mt-4">
          <input type="hidden" name="query" value={query} />
          <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
            Save this search
          </button>
        </form>
      ) : (
        <p className="mt-4">
          <Link href={`/sign-in?next=${encodeURIComponent(vacancySearchHref(filters))}`} className="inline-flex min-h-11 items-center font-bold">
            Sign in to save this search
          </Link>
        </p>
      )}
    </section>
  );
}
