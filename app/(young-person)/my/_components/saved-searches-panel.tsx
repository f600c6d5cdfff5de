import Link from 'next/link';
import { findOwnSavedSearches } from '@/db/queries/saved-searches';

/** On the young person's page: how many searches they have saved, and where to change how we contact them. */
export async function SavedSearchesPanel({ actorId }: { actorId: string }) {
  const searches = await findOwnSavedSearches({ actorId });
  const fromAdviser = searches.filter((search) => search.isFromAdviser).length;
  return (
    <section aria-labelledby="saved-searches">
      <h2 id="saved-searches" className="mt-8 text-2xl font-bold">
        Saved searches
      </h2>
      <p className="mt-4">
        {searches.length === 0
          ? 'You have not saved a search yet.'
          : `You have ${searches.length} saved ${searches.length === 1 ? 'search' : 'searches'}${fromAdviser > 0 ? `, ${fromAdviser} from your adviser` : ''}.`}
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        <li>
          <Link href="/my/searches" className="inline-flex min-h-11 items-center">
            My saved searches
          </Link>
        </li>
        <li>
          <Link href="/my/contact" className="inline-flex min-h-11 items-center">
            How we contact you
          </Link>
        </li>
      </ul>
    </section>
  );
}
