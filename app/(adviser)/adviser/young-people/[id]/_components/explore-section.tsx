import Link from 'next/link';
import type { StaffRecordView } from '@/db/queries/privacy';
import { findKindOfWork } from '@/lib/explore/work';
import { describeAnswers } from '@/lib/explore/words';

const savedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * What they found in Explore, as a conversation starter: only when they gave this adviser consent (the query
 * returns null on a caseload link alone). Never where they travel from.
 */
export function ExploreSection({ record }: { record: StaffRecordView }) {
  const results = record.profile?.explore;
  if (!results) return null;
  return (
    <section aria-labelledby="explore-heading" className="mt-8">
      <h2 id="explore-heading" className="text-2xl font-bold">
        Work they might like
      </h2>
      <p className="mt-2">From their answers in Explore. Use it to start a chat, not to decide for them.</p>
      {results.length === 0 ? (
        <p className="mt-4">They have not saved any Explore results.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4" aria-label="Explore results they saved">
          {results.map((result) => {
            const date = savedOn.format(result.createdAt);
            const kinds = result.kindSlugs.map((slug) => findKindOfWork(slug)).filter((kind) => kind !== null);
            return (
              <li key={result.createdAt.toISOString()} className="border-2 border-line bg-paper p-4">
                <h3 className="text-lg font-bold">Saved on {date}</h3>
                <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  {describeAnswers({ ...result }, { who: 'they' }).map((line) => (
                    <div key={line.step} className="contents">
                      <dt className="font-bold">{line.question}</dt>
                      <dd>{line.answer}</dd>
                    </div>
                  ))}
                </dl>
                <ul className="mt-2 flex flex-col" aria-label={`Kinds of work saved on ${date}`}>
                  {kinds.map((kind) => (
                    <li key={kind.slug}>
                      <Link href={`/explore/work/${kind.slug}`} className="inline-flex min-h-11 items-center">
                        {kind.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
