import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import { getAreaCategoryView } from '@/db/queries/categories';
import { seePictureAsArea } from '@/lib/categories/area-view';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HowFarForm } from '@/components/places/how-far-form';
import { TravelFromHere } from '@/components/places/travel-from-here';
import { ErrorSummary } from '@/components/ui/error-summary';
import { LinkButton } from '@/components/ui/link-button';
import { StoryPlayer } from '@/components/stories/story-player';
import { ProviderPhoto } from '@/components/provider-photos/provider-photo';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findProviderPhotos } from '@/db/queries/provider-photos';
import { readIsSavingData } from '@/lib/settings/device';
import { getCourse } from '@/db/queries/courses';
import { findCourseStories } from '@/db/queries/stories';
import { isCourseSaved } from '@/db/queries/saved';
import { getCourseScope } from '@/lib/auth/area';
import { getCurrentUser } from '@/lib/auth/session';
import { describeLevel } from '@/lib/courses/levels';
import { AGE_GROUP_WORDS, describePlaces, formatDateOnly, formatEvent, STUDY_METHOD_WORDS, STUDY_MODE_WORDS } from '@/lib/courses/words';
import { describeChecked } from '@/lib/freshness/rules';
import { resolveOrigin } from '../search-page-data';
import { saveCourseAction } from './actions';
import { AddToShortlist } from '../../../(adviser)/adviser/present/_components/add-to-shortlist';
import { buttonClasses } from '@/components/ui/button-styles';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ postcode?: string; saved?: string }> };

async function loadCourse(slug: string) {
  const { area, sharedLaIds, sharedAreaName } = await getCourseScope();
  const [settings, view] = await Promise.all([getAreaSettings({ laId: area.id }), getAreaCategoryView({ laId: area.id })]);
  const course = await getCourse({ laId: area.id, sharedLaIds, slug, now: new Date(), rules: settings.freshness });
  // A course another area shares with this one (decision 035): marked with its area, and applied for at the provider.
  return course ? { ...seePictureAsArea(course, view), sharedAreaName: sharedAreaName(course.laId) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await loadCourse((await params).slug);
  return { title: course ? `${course.title} – ${course.provider.name}` : 'Page not found' };
}

export default async function CoursePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const course = await loadCourse(slug);
  if (!course) notFound();

  const user = await getCurrentUser();
  const isYoungPerson = user?.role === 'young_person';
  const isSaved = isYoungPerson ? await isCourseSaved({ actorId: user.id, courseId: course.id }) : false;
  const postcode = typeof query.postcode === 'string' ? query.postcode.slice(0, 10) : undefined;
  const isShared = course.sharedAreaName !== undefined;
  // A shared course shows no stories or photos: their media is served to the owning area's visitors only.
  const [{ origin, postcodeError }, stories, [photo], isSavingData] = await Promise.all([
    resolveOrigin({ postcode }),
    isShared ? Promise.resolve([]) : findCourseStories({ laId: course.laId, courseId: course.id, providerId: course.provider.id }),
    isShared ? Promise.resolve([]) : findProviderPhotos({ laId: course.laId, providerId: course.provider.id }),
    readIsSavingData(),
  ]);
  const checkedBy = course.checkedBy === 'provider' ? course.provider.name : course.checkedBy === 'council' ? 'the council' : null;
  const facts = [
    { term: 'Level', value: describeLevel(course.level) },
    { term: 'Full or part time', value: STUDY_MODE_WORDS[course.mode] },
    { term: 'How you learn', value: STUDY_METHOD_WORDS[course.method] },
    { term: 'How long', value: course.durationText },
    { term: 'Who it is for', value: AGE_GROUP_WORDS[course.ageGroup] },
    { term: 'Cost', value: course.cost || 'Ask the provider' },
  ];

  return (
    <article className="flex flex-col gap-8">
      <ErrorSummary errors={postcodeError ? [{ field: 'postcode', message: postcodeError }] : []} />
      <div>
        <p>
          <Link href={course.area ? `/courses?area=${course.area.slug}&subject=${course.subject.slug}` : '/courses'} className="inline-flex min-h-11 items-center">
            Back to {course.subject.name.toLowerCase()} courses
          </Link>
        </p>
        <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-center">
          <Picture
            src={course.imagePath}
            alt={course.imageAlt}
            width={112}
            height={112}
            className="size-24 shrink-0 object-cover"
            priority
          />
          <div>
            <h1 className="text-3xl font-bold">{course.title}</h1>
            <p className="mt-1 text-xl">
              at {isShared ? course.provider.name : <Link href={`/providers/${course.provider.slug}`}>{course.provider.name}</Link>}
            </p>
            {isShared ? <p className="mt-1 text-xl font-bold">In {course.sharedAreaName}</p> : null}
          </div>
        </div>
        <p className="mt-4 max-w-prose text-xl">{course.summary}</p>
        {photo ? <ProviderPhoto photo={photo} isSavingData={isSavingData} className="mt-4 max-h-80 max-w-xl" /> : null}
        <p className="mt-2 text-base text-muted">{describeChecked(course.lastCheckedAt, checkedBy)}</p>
      </div>

      {isShared ? (
        <section aria-labelledby="how-to-apply" className="border-l-4 border-brand bg-paper p-4">
          <h2 id="how-to-apply" className="text-2xl font-bold">How to apply</h2>
          <p className="mt-2 max-w-prose">
            This course is in {course.sharedAreaName}. Ask {course.provider.name} how to apply.
          </p>
          <ul className="mt-2 flex flex-col gap-1">
            {course.provider.website ? (
              <li>
                <a href={course.provider.website} className="inline-flex min-h-11 items-center">
                  {course.provider.name} website
                </a>
              </li>
            ) : null}
            {course.provider.email ? (
              <li>
                Email <a href={`mailto:${course.provider.email}`}>{course.provider.email}</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : (
      <section aria-label="What you can do" className="flex flex-wrap gap-4">
        {isYoungPerson || !user ? <LinkButton href={`/apply?course=${encodeURIComponent(course.slug)}`}>Apply for this course</LinkButton> : null}
        {isYoungPerson ? (
          <form id="save" action={saveCourseAction}>
            <input type="hidden" name="slug" value={course.slug} />
            <input type="hidden" name="save" value={isSaved ? 'no' : 'yes'} />
            {/* Saving loads the page again: the focus comes back to this button, not to the top of the page. */}
            <button type="submit" autoFocus={query.saved !== undefined} className={buttonClasses('secondary', 'cursor-pointer')}>
              {isSaved ? 'Saved ✓ – remove from my list' : 'Save this course'}
            </button>
          </form>
        ) : (
          <LinkButton href={`/sign-in?next=${encodeURIComponent(`/courses/${course.slug}`)}`} variant="secondary">
            Sign in to save this course
          </LinkButton>
        )}
        <LinkButton href={`/ask-adviser?course=${encodeURIComponent(course.slug)}`} variant="secondary">
          Ask my adviser about this
        </LinkButton>
      </section>
      )}
      {user?.role === 'adviser' && !isShared ? <AddToShortlist adviserId={user.id} kind="course" itemKey={course.slug} back={`/courses/${course.slug}`} /> : null}
      {query.saved === '1' && isSaved ? (
        <p role="status" className="border-l-4 border-success bg-paper p-4 font-bold">
          Saved. You can find it on your page.
        </p>
      ) : null}

      <dl className="grid gap-x-6 gap-y-3 border-2 border-line bg-paper p-4 sm:grid-cols-[auto_1fr]">
        {facts.map((fact) => (
          <div key={fact.term} className="contents">
            <dt className="font-bold">{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>

      {course.whatYouLearn ? (
        <section aria-labelledby="learn">
          <h2 id="learn" className="text-2xl font-bold">What you learn</h2>
          <p className="mt-2 max-w-prose">{course.whatYouLearn}</p>
        </section>
      ) : null}

      <section aria-labelledby="entry">
        <h2 id="entry" className="text-2xl font-bold">What you need to get in</h2>
        {course.isNoQualificationsNeeded ? (
          <p className="mt-2 font-bold text-success">No qualifications needed.</p>
        ) : null}
        <p className="mt-2 max-w-prose">{course.entryRequirements || 'Ask the provider what you need.'}</p>
      </section>

      {course.leadsTo ? (
        <section aria-labelledby="leads">
          <h2 id="leads" className="text-2xl font-bold">What it can lead to</h2>
          <p className="mt-2 max-w-prose">{course.leadsTo}</p>
        </section>
      ) : null}

      <section aria-labelledby="starts">
        <h2 id="starts" className="text-2xl font-bold">When it starts</h2>
        {course.runs.length === 0 ? (
          <p className="mt-2">No start dates are set yet. Ask the provider when it starts next.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {course.runs.map((run) => (
              <li key={`${run.startsOn}-${run.siteName}`} className="border-l-4 border-brand bg-paper p-3">
                <span className="font-bold">{formatDateOnly(run.startsOn)}</span> at {run.siteName}
                {run.applyBy ? <span className="block">Apply by {formatDateOnly(run.applyBy)}</span> : null}
                <span className="block text-muted">{describePlaces(run.places)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="where">
        <h2 id="where" className="text-2xl font-bold">Where it is</h2>
        <HowFarForm postcode={postcode} postcodeError={postcodeError} />
        <ul className="mt-4 flex flex-col gap-4">
          {course.sites.map((site) => (
            <li key={site.id} className="border-2 border-line bg-paper p-4">
              <h3 className="text-xl font-bold">{site.name}</h3>
              <p>
                {site.addressLine}, {site.town}, {site.postcode}
              </p>
              {site.gettingThere ? <p className="mt-2">{site.gettingThere}</p> : null}
              <TravelFromHere place={site} placeName={site.name} origin={origin} />
            </li>
          ))}
        </ul>
      </section>

      {stories.length > 0 ? (
        <section aria-labelledby="insider" className="flex flex-col gap-4">
          <h2 id="insider" className="text-2xl font-bold">
            What students say
          </h2>
          {stories.map((story) => (
            <StoryPlayer key={story.id} story={story} about={story.courseTitle ? `on this course` : `at ${course.provider.name}`} />
          ))}
        </section>
      ) : null}

      {course.openDays.length > 0 ? (
        <section aria-labelledby="open-days">
          <h2 id="open-days" className="text-2xl font-bold">Open days</h2>
          <p className="mt-2">Go and look around, meet the teachers and ask questions.</p>
          <ul className="mt-2 flex flex-col gap-2">
            {course.openDays.map((day) => (
              <li key={day.startsAt.toISOString()} className="border-l-4 border-accent bg-paper p-3">
                <span className="font-bold">{formatEvent(day.startsAt, day.endsAt)}</span>
                {day.siteName ? ` at ${day.siteName}` : ''}
                {day.description ? <span className="block">{day.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
