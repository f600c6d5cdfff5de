import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, Fragment, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { StoryPlayer } from '@/components/stories/story-player';
import { ProviderPhotoGallery } from '@/components/provider-photos/provider-photo';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findProviderPhotos } from '@/db/queries/provider-photos';
import { readIsSavingData } from '@/lib/settings/device';
import { getProvider, type ProviderCourse } from '@/db/queries/providers';
import { findProviderStories } from '@/db/queries/stories';
import { getAreaContext } from '@/lib/auth/area';
import { describeLevel, PLAIN_LEVELS, type PlainLevel, plainLevelOf } from '@/lib/courses/levels';
import { formatEvent, STUDY_MODE_WORDS } from '@/lib/courses/words';
import { describeChecked } from '@/lib/freshness/rules';
import { mapHref } from '@/lib/geo/places';
import { describeCourseCount, formatTextNumber, PROVIDER_KIND_WORDS, smsHref, telHref } from '@/lib/providers/words';

type Props = { params: Promise<{ slug: string }> };

// One lookup per request, shared by the page and its title.
const loadProvider = cache(async (slug: string) => {
  const area = await getAreaContext();
  return getProvider({ laId: area.id, slug, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const provider = await loadProvider((await params).slug);
  return { title: provider?.name ?? 'Page not found' };
}

function groupByPlainLevel(courses: ProviderCourse[]): { level: PlainLevel; courses: ProviderCourse[] }[] {
  return (Object.keys(PLAIN_LEVELS) as PlainLevel[])
    .map((level) => ({ level, courses: courses.filter((course) => plainLevelOf(course.level) === level) }))
    .filter((group) => group.courses.length > 0);
}

const sectionHeading = 'mt-10 scroll-mt-4 text-2xl font-bold';

/** Lets a long email address or web address wrap after "@" and before "." instead of mid-word. */
function breakable(text: string): ReactNode {
  return text.split(/(?<=@)|(?=\.)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

export default async function ProviderPage({ params }: Props) {
  const provider = await loadProvider((await params).slug);
  if (!provider) notFound();
  const groups = groupByPlainLevel(provider.courses);
  const laId = (await getAreaContext()).id;
  const [stories, photos, isSavingData] = await Promise.all([
    findProviderStories({ laId, providerId: provider.id, now: new Date(), rules: (await getAreaSettings({ laId })).freshness }),
    findProviderPhotos({ laId, providerId: provider.id }),
    readIsSavingData(),
  ]);

  return (
    <div>
      <p>
        <Link href="/providers" className="inline-flex min-h-11 items-center">
          Back to all providers
        </Link>
      </p>
      <div className="mt-2 flex items-center gap-4">
        <Picture src={provider.imagePath} alt={provider.imageAlt} width={96} height={96} className="size-20 shrink-0 sm:size-24" />
        <div>
          <h1 className="text-3xl font-bold">{provider.name}</h1>
          <p className="text-lg text-muted">{PROVIDER_KIND_WORDS[provider.kind]}</p>
        </div>
      </div>
      <p className="mt-4 max-w-prose text-xl">{provider.summary}</p>
      {provider.description ? <p className="mt-4 max-w-prose">{provider.description}</p> : null}
      <ProviderPhotoGallery photos={photos} providerName={provider.name} isSavingData={isSavingData} />

      <nav aria-label="On this page" className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href="#contact" className="inline-flex min-h-11 items-center">
              Get in touch
            </a>
          </li>
          <li>
            <a href="#where" className="inline-flex min-h-11 items-center">
              Where to find them
            </a>
          </li>
          <li>
            <a href="#open-days" className="inline-flex min-h-11 items-center">
              Open days
            </a>
          </li>
          <li>
            <a href="#courses" className="inline-flex min-h-11 items-center">
              Courses ({provider.courses.length})
            </a>
          </li>
        </ul>
      </nav>

      {provider.supportInfo ? (
        <section aria-labelledby="support" className="max-w-prose">
          <h2 id="support" className={sectionHeading}>
            Help if you have extra needs
          </h2>
          <p className="mt-3">{provider.supportInfo}</p>
        </section>
      ) : null}

      {stories.length > 0 ? (
        <section aria-labelledby="stories" className="flex flex-col gap-4">
          <h2 id="stories" className={sectionHeading}>
            What students say
          </h2>
          {stories.map((story) => (
            <StoryPlayer key={story.id} story={story} about={story.courseTitle ? `on ${story.courseTitle}` : undefined} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="contact">
        <h2 id="contact" className={sectionHeading}>
          Get in touch
        </h2>
        <p className="mt-3 max-w-prose">You do not have to phone. Send them a text or an email with your question.</p>
        <ul className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap" aria-label="Ways to get in touch">
          {provider.textNumber ? (
            <li>
              <a href={smsHref(provider.textNumber)} className={buttonClasses('primary', 'w-full flex-col gap-0 sm:w-auto')}>
                <span>Send a text</span>
                <span className="text-base font-normal">{formatTextNumber(provider.textNumber)}</span>
              </a>
            </li>
          ) : null}
          {provider.email ? (
            <li>
              <a
                href={`mailto:${provider.email}`}
                className={buttonClasses(provider.textNumber ? 'secondary' : 'primary', 'w-full flex-col gap-0 sm:w-auto')}
              >
                <span>Send an email</span>
                <span className="text-base font-normal break-words">{breakable(provider.email)}</span>
              </a>
            </li>
          ) : null}
          {provider.website ? (
            <li>
              <a href={provider.website} className={buttonClasses('secondary', 'w-full flex-col gap-0 sm:w-auto')}>
                <span>Go to their website</span>
                <span className="text-base font-normal break-words">
                  {breakable(new URL(provider.website).hostname.replace(/^www\./, ''))}
                </span>
              </a>
            </li>
          ) : null}
        </ul>
        {provider.phone ? (
          <p className="mt-4">
            Or phone them on{' '}
            <a href={telHref(provider.phone)} className="whitespace-nowrap">
              {provider.phone}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="where">
        <h2 id="where" className={sectionHeading}>
          Where to find them
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-label={`Places where ${provider.name} teaches`}>
          {provider.sites.map((site) => (
            <li key={site.id} className="border-2 border-line bg-paper p-4">
              <h3 className="text-xl font-bold">{site.name}</h3>
              <address className="mt-2 not-italic">
                {site.addressLine}
                <br />
                {site.town}
                <br />
                {site.postcode}
              </address>
              {site.gettingThere ? (
                <p className="mt-2">
                  <span className="font-bold">Getting there: </span>
                  {site.gettingThere}
                </p>
              ) : null}
              <p className="mt-2">
                <a href={mapHref(site)} className="inline-flex min-h-11 items-center">
                  Open a map showing {site.name}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-days">
        <h2 id="open-days" className={sectionHeading}>
          Open days
        </h2>
        {provider.openDays.length === 0 ? (
          <p className="mt-3 max-w-prose">
            No open days planned right now. You can still ask to visit: send them a text or an email.
          </p>
        ) : (
          <>
            <p className="mt-3 max-w-prose">Go and look around, meet the staff and ask questions. You can bring someone with you.</p>
            <ul className="mt-4 flex flex-col gap-4" aria-label={`Open days at ${provider.name}`}>
              {provider.openDays.map((day, index) => (
                <li key={`${day.startsAt.toISOString()}-${index}`} className="border-l-4 border-accent bg-paper p-4">
                  <p className="font-bold">{formatEvent(day.startsAt, day.endsAt)}</p>
                  {day.siteName ? <p>At {day.siteName}</p> : null}
                  {day.description ? <p className="mt-1 max-w-prose">{day.description}</p> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="courses">
        <h2 id="courses" className={sectionHeading}>
          Courses
        </h2>
        {groups.length === 0 ? (
          <p className="mt-3 max-w-prose">No courses to show right now. Send them a text or an email to ask what they offer.</p>
        ) : (
          <>
            <p className="mt-3">{describeCourseCount(provider.courses.length)}.</p>
            {groups.length > 1 ? (
              <nav aria-label="Course levels" className="mt-2">
                <ul className="flex flex-wrap gap-x-6">
                  {groups.map((group) => (
                    <li key={group.level}>
                      <a href={`#level-${group.level}`} className="inline-flex min-h-11 items-center">
                        {PLAIN_LEVELS[group.level].label} ({group.courses.length})
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {groups.map((group) => (
              <div key={group.level}>
                <h3 id={`level-${group.level}`} className="mt-6 scroll-mt-4 text-xl font-bold">
                  {PLAIN_LEVELS[group.level].label}
                </h3>
                <p className="text-muted">{PLAIN_LEVELS[group.level].hint}</p>
                <ul className="mt-3 grid gap-2 sm:grid-cols-2" aria-label={`${PLAIN_LEVELS[group.level].label} courses`}>
                  {group.courses.map((course) => (
                    <li key={course.slug} className="flex items-center gap-3 border-2 border-line bg-paper px-3 py-2">
                      <Picture src={course.imagePath} alt={course.imageAlt} width={48} height={48} className="size-12 shrink-0" />
                      <div className="min-w-0">
                        <Link href={`/courses/${course.slug}`} className="font-bold">
                          {course.title}
                        </Link>
                        <p className="text-base text-muted">
                          {describeLevel(course.level)}, {STUDY_MODE_WORDS[course.mode].toLowerCase()}
                          {course.isApprenticeship ? ', apprenticeship' : ''}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>

      <p className="mt-10 text-muted">{describeChecked(provider.lastCheckedAt)}</p>
    </div>
  );
}
