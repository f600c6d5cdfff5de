import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { getCurrentUser } from '@/lib/auth/session';
import { kindsOfWorkAsArea } from '@/lib/categories/area-view';
import { answerPairs, exploreHref, hasAnyAnswer, parseExploreAnswers } from '@/lib/explore/answers';
import { rankKindsOfWork, TOP_MATCHES } from '@/lib/explore/scoring';
import { KINDS_OF_WORK } from '@/lib/explore/work';
import { describeAnswers } from '@/lib/explore/words';
import { AnswerFields } from '../_components/answer-fields';
import { LocalOptions } from '../_components/local-options';
import { findLocalOptions, getExploreScope, type LocalOptions as FoundOptions, pageUrl, resolveExploreOrigin } from '../page-data';
import { saveExploreResultsAction } from './actions';

export const metadata: Metadata = { title: 'Your matches' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Kinds of work ranked by the answers in the URL, each with why it matches and real local options. Nothing
 * is stored: the answers are the link. An unknown postcode goes back to the travel question, which says so.
 */
export default async function ExploreMatchesPage({ searchParams }: Props) {
  const params = await searchParams;
  const answers = parseExploreAnswers(params);
  const { origin, postcodeError } = await resolveExploreOrigin(answers.postcode);
  if (postcodeError) redirect(exploreHref('/explore/travel', answers));

  const { area, scope, categoryView } = await getExploreScope();
  // Kinds of work the area hid are left out; the rest show the area's own pictures (decision 035).
  const ranked = rankKindsOfWork(answers, kindsOfWorkAsArea(KINDS_OF_WORK, categoryView));
  const top = ranked.slice(0, TOP_MATCHES);
  const rest = ranked.slice(TOP_MATCHES);
  const matchesHref = exploreHref('/explore/matches', answers);
  const [user, shareUrl] = await Promise.all([getCurrentUser(), pageUrl(matchesHref)]);
  // One kind of work at a time: each is two small queries, and PGlite serves one at a time anyway.
  const options: FoundOptions[] = [];
  for (const match of top) {
    options.push(await findLocalOptions({ kind: match.kind, answers, origin, scope, courseLimit: 2, vacancyLimit: 3 }));
  }
  const canSave = !user || user.role === 'young_person';
  const isSaved = params.saved === '1' && user?.role === 'young_person';
  const isSaving = params.saving === '1' && user?.role === 'young_person' && !isSaved;
  const near = origin ? 'Near you' : `In ${area.areaName}`;

  return (
    <div className="flex flex-col gap-8">
      <div>
        <p>
          <Link href={exploreHref('/explore/travel', answers)} className="inline-flex min-h-11 items-center">
            Back
          </Link>
        </p>
        <h1 className="text-3xl font-bold sm:text-4xl">Your matches</h1>
        <p className="mt-2 max-w-prose text-xl">
          {hasAnyAnswer(answers)
            ? `Kinds of work that fit your answers, best first. Each one has real courses, apprenticeships and jobs in ${area.areaName}.`
            : `You skipped the questions, so here are some good places to start. Each one has real courses, apprenticeships and jobs in ${area.areaName}.`}
        </p>
        {!hasAnyAnswer(answers) ? (
          <p className="mt-2">
            <Link href="/explore/enjoy" className="inline-flex min-h-11 items-center">
              Answer the questions to get better matches
            </Link>
          </p>
        ) : null}
      </div>

      {isSaved ? (
        <p role="status" className="border-l-4 border-success bg-paper p-4 font-bold">
          Saved. You can see your results on <Link href="/my">your page</Link>.
        </p>
      ) : null}
      {isSaving ? (
        <p role="status" className="border-l-4 border-brand bg-paper p-4 font-bold">
          You are signed in. Press “Save my results” to keep them.
        </p>
      ) : null}

      <ol aria-label="Your matches" className="flex flex-col gap-6">
        {top.map((match, index) => {
          const found = options[index]!;
          const profileHref = exploreHref(`/explore/work/${match.kind.slug}`, answers);
          const all = [...found.vacancies, ...found.courses];
          return (
            <li key={match.kind.slug} className="border-2 border-line bg-paper p-4">
              <article aria-labelledby={`match-${match.kind.slug}`} className="flex flex-col gap-4">
                <div className="flex gap-4">
                  <Picture
                    src={match.kind.picture}
                    alt={match.kind.pictureAlt ?? ''}
                    width={96}
                    height={96}
                    className="size-16 shrink-0 object-cover sm:size-24"
                  />
                  <div className="min-w-0">
                    <h2 id={`match-${match.kind.slug}`} className="text-2xl font-bold">
                      <Link href={profileHref}>{match.kind.name}</Link>
                    </h2>
                    <p className="mt-1">{match.kind.summary}</p>
                  </div>
                </div>
                <div className="border-l-4 border-accent pl-3">
                  <h3 className="text-lg font-bold">Why this matches you</h3>
                  <p>{match.reason}</p>
                </div>
                <div>
                  <h3 className="text-lg font-bold">{near}</h3>
                  {all.length > 0 ? (
                    <div className="mt-2">
                      <LocalOptions options={all} label={`${near}: ${match.kind.name}`} postcode={answers.postcode} />
                    </div>
                  ) : (
                    <p className="mt-1">Nothing {origin ? 'close enough' : 'in this area'} right now. Look at the job to see other ways in.</p>
                  )}
                </div>
                <p>
                  <Link href={profileHref} className="inline-flex min-h-11 items-center font-bold">
                    Find out more about this job<span className="sr-only">: {match.kind.name}</span>
                  </Link>
                </p>
              </article>
            </li>
          );
        })}
      </ol>

      {canSave ? (
        <section aria-labelledby="save" className="flex flex-col gap-3">
          <h2 id="save" className="text-2xl font-bold">
            Keep your results
          </h2>
          <p className="max-w-prose">
            We only keep your answers if you press Save. They go on your page, and you can remove them at any time.
            {user ? '' : ' You will need to sign in first.'}
          </p>
          <form action={saveExploreResultsAction}>
            <AnswerFields pairs={answerPairs(answers)} />
            <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
              Save my results
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="answers">
        <h2 id="answers" className="text-2xl font-bold">
          Your answers
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 border-2 border-line bg-paper p-4 sm:grid-cols-[auto_1fr_auto]">
          {describeAnswers(answers).map((line) => (
            <div key={line.step} className="contents">
              <dt className="font-bold">{line.question}</dt>
              <dd>{line.answer}</dd>
              <dd>
                <Link href={exploreHref(`/explore/${line.step}`, answers)} className="inline-flex min-h-11 items-center">
                  Change<span className="sr-only"> {line.question.toLowerCase()}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="more">
        <h2 id="more" className="text-2xl font-bold">
          Other kinds of work to look at
        </h2>
        <ul aria-label="Other kinds of work" className="mt-3 grid gap-x-6 sm:grid-cols-2">
          {rest.map((match) => (
            <li key={match.kind.slug}>
              <Link href={exploreHref(`/explore/work/${match.kind.slug}`, answers)} className="inline-flex min-h-11 items-center">
                {match.kind.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="share">
        <h2 id="share" className="text-2xl font-bold">
          Send these to your phone
        </h2>
        <p className="mt-2 max-w-prose">Copy this link and send it to yourself, a parent or your adviser. It shows these matches again.</p>
        <p className="mt-2 break-all">
          <a href={shareUrl}>{shareUrl}</a>
        </p>
      </section>
    </div>
  );
}
