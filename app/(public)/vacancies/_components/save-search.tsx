import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { NativeSelect } from '@/components/ui/native-select';
import { findCaseload } from '@/db/queries/people';
import { isPresenting } from '@/lib/auth/present';
import { type CurrentUser, getCurrentUser } from '@/lib/auth/session';
import { savedSearchQuery } from '@/lib/vacancies/saved-search';
import { type VacancyFilters, vacancySearchHref } from '@/lib/vacancies/search';
import { saveSearchAction, saveSearchForCaseloadAction } from '../actions';

/**
 * Under the results: a young person saves this search (and gets a text when something new matches it); an
 * adviser saves it for someone on their caseload (never while presenting: no names on a shared screen).
 */
export async function SaveSearch({ filters, savedFor }: { filters: VacancyFilters; savedFor?: string }) {
  const query = savedSearchQuery(filters);
  if (!query) return null;
  const user = await getCurrentUser();
  if (user?.role === 'adviser') return <SaveForCaseload user={user} query={query} savedFor={savedFor} />;
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

async function SaveForCaseload({ user, query, savedFor }: { user: CurrentUser; query: string; savedFor?: string }) {
  if (await isPresenting()) return null;
  const caseload = await findCaseload({ actorId: user.id });
  if (caseload.length === 0) return null;
  const savedPerson = savedFor ? caseload.find((person) => person.id === savedFor) : undefined;
  return (
    <section id="save-search" aria-labelledby="save-search-heading" className="border-2 border-line bg-paper p-4">
      <h2 id="save-search-heading" className="text-xl font-bold">
        Save this search for a young person
      </h2>
      <p className="mt-2">
        They will see it in their saved searches, marked as from you. They get a text when something new matches, once a day at most.
      </p>
      <div role="status">
        {savedPerson ? <p className="mt-4 border-l-4 border-brand bg-canvas p-3 font-bold">Saved for {savedPerson.name ?? 'them'}.</p> : null}
      </div>
      <form action={saveSearchForCaseloadAction} className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="query" value={query} />
        <NativeSelect
          id="save-for"
          name="youngPersonId"
          label="Who is it for?"
          hint="Young people on your caseload"
          options={caseload.map((person) => ({ value: person.id, label: person.name ?? 'No name given' }))}
        />
        <div>
          <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
            Save it for them
          </button>
        </div>
      </form>
    </section>
  );
}
