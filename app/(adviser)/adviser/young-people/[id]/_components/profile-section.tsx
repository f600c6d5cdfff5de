import Link from 'next/link';
import type { StaffRecordView } from '@/db/queries/privacy';
import { HIDDEN_FOR_SAFETY } from '@/lib/privacy/safety';
import { formatUkMobile } from '@/lib/sign-in/schemas';

const NOT_GIVEN = 'Not given';

/** The basic record: details, then the courses and jobs they saved. */
export function ProfileSection({ record }: { record: StaffRecordView }) {
  const profile = record.profile;
  if (!profile) return null;
  const hidden = profile.isHiddenForSafety ? HIDDEN_FOR_SAFETY : null;
  const details = [
    { term: 'Age', value: profile.age === null ? NOT_GIVEN : String(profile.age) },
    { term: 'School year', value: profile.schoolYear === null ? 'Left school' : `Year ${profile.schoolYear}` },
    { term: 'Postcode', value: hidden ?? profile.postcode ?? NOT_GIVEN },
    { term: 'Mobile', value: hidden ?? (profile.phone ? formatUkMobile(profile.phone) : NOT_GIVEN) },
    { term: 'Email', value: hidden ?? profile.email ?? NOT_GIVEN },
    { term: 'Learning difficulty or disability', value: profile.hasLearningDifficultyOrDisability ? 'Yes' : 'Not told us' },
  ];
  return (
    <section aria-labelledby="profile-heading" className="mt-8">
      <h2 id="profile-heading" className="text-2xl font-bold">
        About them
      </h2>
      <dl className="mt-4 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {details.map((detail) => (
          <div key={detail.term} className="contents">
            <dt className="font-bold">{detail.term}</dt>
            <dd>{detail.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-xl font-bold">Courses they saved</h3>
      {profile.savedCourses.length === 0 ? (
        <p className="mt-2">None yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1" aria-label="Courses they saved">
          {profile.savedCourses.map((course) => (
            <li key={course.slug}>
              <Link href={`/courses/${course.slug}`} className="inline-flex min-h-11 items-center">
                {course.title} at {course.providerName}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-xl font-bold">Jobs and training they saved</h3>
      {profile.savedVacancies.length === 0 ? (
        <p className="mt-2">None yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1" aria-label="Jobs and training they saved">
          {profile.savedVacancies.map((vacancy) => (
            <li key={vacancy.id}>
              {vacancy.isOpen ? (
                <Link href={`/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center">
                  {vacancy.title} with {vacancy.offeredBy}
                </Link>
              ) : (
                <span className="inline-flex min-h-11 items-center">
                  {vacancy.title} with {vacancy.offeredBy} (closed)
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
