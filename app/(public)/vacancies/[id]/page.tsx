import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HowFarForm } from '@/components/places/how-far-form';
import { TravelFromHere } from '@/components/places/travel-from-here';
import { ErrorSummary } from '@/components/ui/error-summary';
import { LinkButton } from '@/components/ui/link-button';
import { NativeSelect } from '@/components/ui/native-select';
import { getAreaSettings } from '@/db/queries/area-settings';
import { isVacancySaved } from '@/db/queries/saved';
import { getAreaCategoryView } from '@/db/queries/categories';
import { getVacancy } from '@/db/queries/vacancies';
import { seePictureAsArea } from '@/lib/categories/area-view';
import { getAreaContext } from '@/lib/auth/area';
import { getCurrentUser } from '@/lib/auth/session';
import { describePlaces, formatDateOnly } from '@/lib/courses/words';
import { describeChecked } from '@/lib/freshness/rules';
import { isVacancyId, vacancySearchHref } from '@/lib/vacancies/search';
import { describeLegalMinimumGap, describeWage, MAX_AGE, MIN_AGE, toWageAge } from '@/lib/vacancies/wages';
import { describeClosing, describeHours, londonToday, VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';
import { resolveOrigin } from '../../courses/search-page-data';
import { resolveWageAge } from '../page-data';
import { saveVacancyAction } from './actions';
import { AddToShortlist } from '../../../(adviser)/adviser/present/_components/add-to-shortlist';
import { buttonClasses } from '@/components/ui/button-styles';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ postcode?: string | string[]; age?: string | string[]; saved?: string | string[] }>;
};

const AGES = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, index) => MIN_AGE + index);

async function loadVacancy(id: string) {
  // Vacancy links use the id: anything that is not a uuid is not a vacancy, and never reaches the database.
  if (!isVacancyId(id)) return null;
  const area = await getAreaContext();
  const [settings, view] = await Promise.all([getAreaSettings({ laId: area.id }), getAreaCategoryView({ laId: area.id })]);
  const vacancy = await getVacancy({ laId: area.id, id, now: new Date(), rules: settings.freshness });
  return vacancy ? seePictureAsArea(vacancy, view) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vacancy = await loadVacancy((await params).id);
  return { title: vacancy ? `${vacancy.title} – ${vacancy.offeredBy.name}` : 'Page not found' };
}

/** The full address of this page, to copy and share. AUTH_URL is the service's public address when set. */
async function pageUrl(path: string): Promise<string> {
  if (process.env.AUTH_URL) return new URL(path, process.env.AUTH_URL).toString();
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}${path}`;
}

export default async function VacancyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const vacancy = await loadVacancy(id);
  if (!vacancy) notFound();

  const now = new Date();
  const today = londonToday(now);
  const user = await getCurrentUser();
  const isYoungPerson = user?.role === 'young_person';
  const postcode = typeof query.postcode === 'string' ? query.postcode.trim().slice(0, 10) || undefined : undefined;
  const ageFromUrl = toWageAge(query.age);
  const [isSaved, { origin, postcodeError }, age, shareUrl] = await Promise.all([
    isYoungPerson ? isVacancySaved({ actorId: user.id, vacancyId: vacancy.id }) : false,
    resolveOrigin({ postcode }),
    resolveWageAge(ageFromUrl, now),
    pageUrl(`/vacancies/${vacancy.id}`),
  ]);
  const words = VACANCY_TYPE_WORDS[vacancy.type];
  const { wages } = await getAreaSettings({ laId: (await getAreaContext()).id });
  const wageGap = describeLegalMinimumGap(vacancy, age, wages);
  const facts = [
    { term: 'Pay', value: describeWage(vacancy, age, wages), note: wageGap },
    { term: 'Hours', value: describeHours(vacancy.hoursType, vacancy.hoursPerWeek) },
    {
      term: 'Closing date',
      value: vacancy.closesOn && describeClosing(vacancy.closesOn, today).startsWith('Closes in')
        ? `${describeClosing(vacancy.closesOn, today)} (${formatDateOnly(vacancy.closesOn)})`
        : describeClosing(vacancy.closesOn, today),
    },
    { term: 'Places', value: describePlaces(vacancy.places) },
    { term: 'Experience', value: vacancy.isNoExperienceNeeded ? 'No experience needed' : 'Some experience helps' },
    { term: 'Qualifications', value: vacancy.isNoQualificationsNeeded ? 'No qualifications needed' : 'Ask them what you need' },
    { term: 'Where', value: vacancy.town },
  ];
  const backHref = vacancySearchHref({ area: vacancy.area?.slug, kind: vacancy.kind.slug, age: ageFromUrl, postcode });

  return (
    <article className="flex flex-col gap-8">
      <ErrorSummary errors={postcodeError ? [{ field: 'postcode', message: postcodeError }] : []} />
      <div>
        <p>
          <Link href={backHref} className="inline-flex min-h-11 items-center">
            More in {vacancy.kind.name.toLowerCase()}
          </Link>
        </p>
        <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-center">
          <Picture
            src={vacancy.imagePath}
            alt={vacancy.imageAlt}
            width={112}
            height={112}
            className="size-24 shrink-0 object-cover"
            priority
          />
          <div>
            <p className="font-bold text-muted">{words.label}</p>
            <h1 className="text-3xl font-bold">{vacancy.title}</h1>
            <p className="mt-1 text-xl">
              with{' '}
              {vacancy.offeredBy.kind === 'provider' && vacancy.offeredBy.isListed ? (
                <Link href={`/providers/${vacancy.offeredBy.slug}`}>{vacancy.offeredBy.name}</Link>
              ) : (
                vacancy.offeredBy.name
              )}
            </p>
          </div>
        </div>
        <p className="mt-4 max-w-prose text-xl">{vacancy.summary}</p>
        <p className="mt-2 text-base text-muted">{describeChecked(vacancy.lastCheckedAt)}</p>
      </div>

      <section aria-label="What you can do" className="flex flex-wrap gap-4">
        {isYoungPerson || !user ? <LinkButton href={`/apply?vacancy=${vacancy.id}`}>Apply for this {words.one}</LinkButton> : null}
        {isYoungPerson ? (
          <form id="save" action={saveVacancyAction}>
            <input type="hidden" name="id" value={vacancy.id} />
            <input type="hidden" name="save" value={isSaved ? 'no' : 'yes'} />
            {ageFromUrl !== undefined ? <input type="hidden" name="age" value={ageFromUrl} /> : null}
            {postcode ? <input type="hidden" name="postcode" value={postcode} /> : null}
            {/* Saving loads the page again: the focus comes back to this button, not to the top of the page. */}
            <button type="submit" autoFocus={query.saved !== undefined} className={buttonClasses('secondary', 'cursor-pointer')}>
              {isSaved ? 'Saved ✓ – remove from my list' : `Save this ${words.one}`}
            </button>
          </form>
        ) : (
          <LinkButton href={`/sign-in?next=${encodeURIComponent(`/vacancies/${vacancy.id}`)}`} variant="secondary">
            Sign in to save this {words.one}
          </LinkButton>
        )}
        <LinkButton href={`/ask-adviser?vacancy=${vacancy.id}`} variant="secondary">
          Ask my adviser to contact me about this
        </LinkButton>
      </section>
      {user?.role === 'adviser' ? <AddToShortlist adviserId={user.id} kind="vacancy" itemKey={vacancy.id} back={`/vacancies/${vacancy.id}`} /> : null}
      {query.saved === '1' && isSaved ? (
        <p role="status" className="border-l-4 border-success bg-paper p-4 font-bold">
          Saved. You can find it on your page.
        </p>
      ) : null}

      <dl className="grid gap-y-4 border-2 border-line bg-paper p-4 sm:grid-cols-[auto_1fr] sm:gap-x-6 sm:gap-y-3">
        {facts.map((fact) => (
          // On a phone each fact is a tight pair, so it is clear which answer goes with which question.
          <div key={fact.term} className="flex flex-col sm:contents">
            <dt className="font-bold">{fact.term}</dt>
            <dd>
              {fact.value}
              {fact.note ? <span className="mt-1 block font-bold">{fact.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>

      {vacancy.isMinimumWageForAge && ageFromUrl === undefined ? (
        <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          {postcode ? <input type="hidden" name="postcode" value={postcode} /> : null}
          <NativeSelect
            id="age"
            name="age"
            label="How old are you?"
            hint="The legal minimum pay depends on your age"
            defaultValue={age === undefined ? '' : String(age)}
            options={[{ value: '', label: 'Choose your age' }, ...AGES.map((value) => ({ value: String(value), label: String(value) }))]}
          />
          <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
            Show my pay
          </button>
        </form>
      ) : null}

      {vacancy.whatYoullDo ? (
        <section aria-labelledby="do">
          <h2 id="do" className="text-2xl font-bold">What you will do</h2>
          <p className="mt-2 max-w-prose">{vacancy.whatYoullDo}</p>
        </section>
      ) : null}

      <section aria-labelledby="want">
        <h2 id="want" className="text-2xl font-bold">What they want</h2>
        {vacancy.isNoExperienceNeeded ? <p className="mt-2 font-bold text-success">No experience needed.</p> : null}
        <p className="mt-2 max-w-prose">{vacancy.whatTheyWant || 'Ask them what they are looking for.'}</p>
        {vacancy.acceptsVoiceAndVideo ? (
          <p className="mt-2 max-w-prose">You can answer their questions with a voice note or a video, not just writing.</p>
        ) : null}
      </section>

      <section aria-labelledby="where">
        <h2 id="where" className="text-2xl font-bold">Where it is</h2>
        <p className="mt-2">
          {vacancy.town}, {vacancy.postcode}
        </p>
        <HowFarForm postcode={postcode} postcodeError={postcodeError} keep={{ age: ageFromUrl }} />
        <TravelFromHere place={vacancy} placeName="where it is" origin={origin} />
      </section>

      <section aria-labelledby="who">
        <h2 id="who" className="text-2xl font-bold">Who offers it</h2>
        {vacancy.offeredBy.kind === 'employer' ? (
          <>
            <p className="mt-2 font-bold">{vacancy.offeredBy.name}</p>
            {vacancy.offeredBy.summary ? <p className="mt-1 max-w-prose">{vacancy.offeredBy.summary}</p> : null}
          </>
        ) : vacancy.offeredBy.isListed ? (
          <p className="mt-2">
            <Link href={`/providers/${vacancy.offeredBy.slug}`} className="inline-flex min-h-11 items-center">
              About {vacancy.offeredBy.name}
            </Link>
          </p>
        ) : (
          <p className="mt-2 font-bold">{vacancy.offeredBy.name}</p>
        )}
      </section>

      <section aria-labelledby="share">
        <h2 id="share" className="text-2xl font-bold">Share it</h2>
        <p className="mt-2 max-w-prose">Copy this link and send it to a friend, a parent or your adviser.</p>
        <p className="mt-2 break-all">
          <a href={shareUrl}>{shareUrl}</a>
        </p>
      </section>
    </article>
  );
}
