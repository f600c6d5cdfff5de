import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryPlayer } from '@/components/stories/story-player';
import { findKindOfWorkStory } from '@/db/queries/stories';
import { seeKindOfWorkAsArea } from '@/lib/categories/area-view';
import { exploreHref, hasAnyAnswer, parseExploreAnswers } from '@/lib/explore/answers';
import { scoreKindOfWork } from '@/lib/explore/scoring';
import { findKindOfWork } from '@/lib/explore/work';
import { LocalOptions } from '../../_components/local-options';
import { findLocalOptions, getExploreScope, resolveExploreOrigin } from '../../page-data';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = findKindOfWork((await params).slug);
  return { title: kind ? `${kind.name}: what the job is like` : 'Page not found' };
}

/**
 * A job profile: a day in the life, pay, where it leads, a young person's story and the real local options.
 * The answers ride along in the URL, to say why it matches and to go back to the same matches.
 */
export default async function JobProfilePage({ params, searchParams }: Props) {
  const found = findKindOfWork((await params).slug);
  if (!found) notFound();
  const answers = parseExploreAnswers(await searchParams);
  // A postcode we cannot place is simply not used here; the travel question is where it gets fixed.
  const { origin } = await resolveExploreOrigin(answers.postcode);
  const { area, scope, categoryView } = await getExploreScope();
  // The area's own picture. A kind of work the area hid is not offered as a choice, but a link to it still works.
  const kind = seeKindOfWorkAsArea(found, categoryView);
  const [{ courses, vacancies }, recorded] = await Promise.all([
    findLocalOptions({ kind, answers, origin, scope, courseLimit: 4, vacancyLimit: 6 }),
    findKindOfWorkStory({ laId: area.id, slug: kind.slug }),
  ]);
  const match = hasAnyAnswer(answers) ? scoreKindOfWork(kind, answers) : null;
  const near = origin ? 'near you' : `in ${area.areaName}`;
  const postcodeQuery = answers.postcode && origin ? `&postcode=${encodeURIComponent(answers.postcode)}` : '';

  return (
    <article className="flex flex-col gap-8">
      <div>
        <p>
          <Link href={exploreHref('/explore/matches', answers)} className="inline-flex min-h-11 items-center">
            Back to your matches
          </Link>
        </p>
        <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-center">
          <Picture
            src={kind.picture}
            alt={kind.pictureAlt}
            width={112}
            height={112}
            className="size-24 shrink-0 object-cover"
            priority
          />
          <div>
            <h1 className="text-3xl font-bold sm:text-4xl">{kind.name}</h1>
            <p className="mt-1 text-xl">{kind.summary}</p>
          </div>
        </div>
      </div>

      {match && match.score > 0 ? (
        <section aria-labelledby="why" className="border-l-4 border-accent pl-3">
          <h2 id="why" className="text-2xl font-bold">
            Why this matches you
          </h2>
          <p className="mt-1">{match.reason}</p>
        </section>
      ) : null}

      <section aria-labelledby="day">
        <h2 id="day" className="text-2xl font-bold">
          What you would do in a day
        </h2>
        <p className="mt-2 max-w-prose">{kind.day}</p>
      </section>

      <section aria-labelledby="pay">
        <h2 id="pay" className="text-2xl font-bold">
          Pay
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 border-2 border-line bg-paper p-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">When you start</dt>
          <dd>{kind.pay.start}</dd>
          <dt className="font-bold">After a few years</dt>
          <dd>{kind.pay.later}</dd>
        </dl>
        <p className="mt-2 text-base text-muted">This is a rough guide. Each job says what it pays.</p>
      </section>

      <section aria-labelledby="leads">
        <h2 id="leads" className="text-2xl font-bold">
          Where it can lead
        </h2>
        <p className="mt-2 max-w-prose">{kind.leadsTo}</p>
      </section>

      <section aria-labelledby="story">
        <h2 id="story" className="text-2xl font-bold">
          {(recorded?.tellerName ?? kind.story.name)}’s story
        </h2>
        {recorded ? (
          <div className="mt-2">
            <StoryPlayer story={recorded} about={`in ${area.areaName}`} />
          </div>
        ) : (
        <figure className="mt-2 max-w-prose border-l-4 border-brand bg-paper p-4">
          <blockquote>
            <p className="text-lg">“{kind.story.transcript}”</p>
          </blockquote>
          <figcaption className="mt-2 text-base text-muted">
            {kind.story.name}, {kind.story.age}. This is an example story.
          </figcaption>
        </figure>
        )}
      </section>

      <section aria-labelledby="options" className="flex flex-col gap-4">
        <h2 id="options" className="text-2xl font-bold">
          Ways in {near}
        </h2>
        {vacancies.length > 0 ? (
          <div>
            <h3 className="text-xl font-bold">Apprenticeships, training and jobs</h3>
            <div className="mt-2">
              <LocalOptions options={vacancies} label="Apprenticeships, training and jobs" postcode={origin ? answers.postcode : undefined} />
            </div>
          </div>
        ) : null}
        {courses.length > 0 ? (
          <div>
            <h3 className="text-xl font-bold">Courses</h3>
            <div className="mt-2">
              <LocalOptions options={courses} label="Courses" postcode={origin ? answers.postcode : undefined} />
            </div>
          </div>
        ) : null}
        {vacancies.length === 0 && courses.length === 0 ? (
          <p>There is nothing for this {near} right now. Ask your adviser: they can help you find a way in.</p>
        ) : null}
        <ul className="flex flex-col gap-1">
          <li>
            <Link href={`/vacancies?area=${kind.area}${postcodeQuery}`} className="inline-flex min-h-11 items-center">
              See more jobs and training in this area of work
            </Link>
          </li>
          <li>
            <Link href={`/courses?area=${kind.area}${postcodeQuery}`} className="inline-flex min-h-11 items-center">
              See more courses in this area of work
            </Link>
          </li>
          <li>
            <Link href="/ask-adviser" className="inline-flex min-h-11 items-center">
              Ask your adviser about this
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
