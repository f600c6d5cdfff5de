import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnSavedSearches } from '@/db/queries/saved-searches';
import { requireYoungPerson } from '@/lib/auth/session';
import { savedSearchHref } from '@/lib/vacancies/saved-search';
import { deleteSavedSearchAction } from './actions';

export const metadata: Metadata = { title: 'My saved searches' };

type Props = { searchParams: Promise<{ saved?: string; deleted?: string; full?: string }> };

const STATUS_WORDS = {
  saved: 'Your search is saved. We will send you a message when something new matches it.',
  deleted: 'Your search is deleted. We will not send you messages about it.',
  full: 'You have saved as many searches as you can. Delete one to save another.',
};

/** A young person's saved job searches (their own and their adviser's), each with a link to run it and Delete. */
export default async function SavedSearchesPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/my/searches');
  const [params, searches] = await Promise.all([searchParams, findOwnSavedSearches({ actorId: user.id })]);
  const status = params.saved ? STATUS_WORDS.saved : params.deleted ? STATUS_WORDS.deleted : params.full ? STATUS_WORDS.full : null;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/my" className="inline-flex min-h-11 items-center">
          Back to my page
        </Link>
      </p>
      <div className="flex items-center gap-4">
        <Picture src="/images/contact/searches.svg" alt="" width={64} height={64} className="size-16" />
        <h1 className="text-3xl font-bold">My saved searches</h1>
      </div>
      <div role="status">{status ? <p className="border-l-4 border-brand bg-paper p-3 font-bold">{status}</p> : null}</div>
      <p>When something new matches one of these, we send you one message a day at most.</p>
      <p>
        <Link href="/my/contact" className="inline-flex min-h-11 items-center">
          Choose how we contact you
        </Link>
      </p>
      {searches.length === 0 ? (
        <p>
          No saved searches yet. <Link href="/vacancies">Search for jobs and training</Link>, then press “Save this search”.
        </p>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Your saved searches">
          {searches.map((search) => (
            <li key={search.id} className="border-2 border-line bg-paper p-4">
              <h2 className="text-xl font-bold">{search.name}</h2>
              {search.fromAdviser ? (
                <p className="mt-1">
                  <strong className="inline-block border-2 border-brand px-2">From your adviser</strong> {search.fromAdviser} saved this for you.
                </p>
              ) : null}
              <div className="mt-3 flex flex-wrap items-center gap-4">
                <Link href={savedSearchHref(search.query)} className="inline-flex min-h-11 items-center font-bold">
                  See results<span className="sr-only"> for {search.name}</span>
                </Link>
                <form action={deleteSavedSearchAction}>
                  <input type="hidden" name="id" value={search.id} />
                  <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                    Delete<span className="sr-only"> {search.name}</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
