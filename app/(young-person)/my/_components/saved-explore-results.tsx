import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnExploreResults } from '@/db/queries/explore';
import { exploreHref } from '@/lib/explore/answers';
import { findKindOfWork } from '@/lib/explore/work';
import { removeExploreResultAction } from './explore-actions';

const savedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The young person's own saved Explore results on their page: the kinds of work, a link back, and Remove. */
export async function SavedExploreResults({ actorId }: { actorId: string }) {
  const results = await findOwnExploreResults({ actorId });
  return (
    <section aria-labelledby="explore-results">
      <h2 id="explore-results" className="mt-8 text-2xl font-bold">
        Work you might like
      </h2>
      {results.length === 0 ? (
        <p className="mt-4">
          Nothing saved yet. <Link href="/explore">Tap some pictures to find work you might like</Link>, then press “Save my results”.
        </p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4" aria-label="Results you saved">
          {results.map((result) => {
            const date = savedOn.format(result.createdAt);
            const kinds = result.kindSlugs.map((slug) => findKindOfWork(slug)).filter((kind) => kind !== null);
            return (
              <li key={result.id} className="border-2 border-line bg-paper p-4">
                <h3 className="text-lg font-bold">Saved on {date}</h3>
                <ul className="mt-2 flex flex-col" aria-label={`Kinds of work saved on ${date}`}>
                  {kinds.map((kind) => (
                    <li key={kind.slug}>
                      <Link href={exploreHref(`/explore/work/${kind.slug}`, result.answers)} className="inline-flex min-h-11 items-center">
                        {kind.name}
                      </Link>
                    </li>
                  ))}
                </ul>
                <div className="mt-3 flex flex-wrap items-center gap-4">
                  <Link href={exploreHref('/explore/matches', result.answers)} className="inline-flex min-h-11 items-center font-bold">
                    See these matches again<span className="sr-only"> (saved on {date})</span>
                  </Link>
                  <form action={removeExploreResultAction}>
                    <input type="hidden" name="id" value={result.id} />
                    <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                      Remove<span className="sr-only"> results saved on {date}</span>
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
