import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { findOwnApplicationIdFor } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getCourse } from '@/db/queries/courses';
import { getVacancy } from '@/db/queries/vacancies';
import { buttonClasses } from '@/components/ui/button-styles';
import { getAreaContext } from '@/lib/auth/area';
import { requireYoungPerson } from '@/lib/auth/session';
import { isVacancyId } from '@/lib/vacancies/search';
import { startApplicationAction } from './actions';

export const metadata: Metadata = { title: 'Apply' };

type Props = { searchParams: Promise<{ course?: string | string[]; vacancy?: string | string[] }> };

/** The door into an application from a course or vacancy page. Signed-out visitors sign in and come back here. */
export default async function ApplyPage({ searchParams }: Props) {
  const query = await searchParams;
  const slug = typeof query.course === 'string' ? query.course : undefined;
  const vacancyId = typeof query.vacancy === 'string' ? query.vacancy : undefined;
  if (!slug && !vacancyId) notFound();
  const user = await requireYoungPerson(vacancyId ? `/apply?vacancy=${encodeURIComponent(vacancyId)}` : `/apply?course=${encodeURIComponent(slug ?? '')}`);
  if (vacancyId !== undefined && !isVacancyId(vacancyId)) notFound();
  const area = await getAreaContext();
  const scope = { laId: area.id, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness };
  const [course, vacancy] = await Promise.all([
    slug && !vacancyId ? getCourse({ ...scope, slug }) : null,
    vacancyId ? getVacancy({ ...scope, id: vacancyId }) : null,
  ]);
  if (!course && !vacancy) notFound();
  const target = vacancy ? { vacancyId: vacancy.id } : { courseSlug: (course as NonNullable<typeof course>).slug };
  const existing = await findOwnApplicationIdFor({ actorId: user.id, target });
  if (existing) redirect(`/applications/${existing}`);
  const title = vacancy?.title ?? course?.title ?? '';
  const offeredBy = vacancy?.offeredBy.name ?? course?.provider.name ?? '';

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Apply for {title}</h1>
      <p className="mt-2 text-xl">with {offeredBy}</p>
      <h2 className="mt-8 text-2xl font-bold">How it works</h2>
      <ol className="mt-4 flex list-decimal flex-col gap-2 pl-6 text-lg">
        <li>We use your application profile. You fill it in once and use it for everything.</li>
        <li>You answer their own questions, if they have any.</li>
        <li>You can add things from your CV to show them.</li>
        <li>You check it, then send it.</li>
      </ol>
      <p className="mt-4">Everything saves as you go. You can stop and carry on later.</p>
      <form action={startApplicationAction} className="mt-6">
        {vacancy ? <input type="hidden" name="vacancy" value={vacancy.id} /> : <input type="hidden" name="course" value={course?.slug} />}
        <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
          Start my application
        </button>
      </form>
      <p className="mt-8">
        <Link href={vacancy ? `/vacancies/${vacancy.id}` : `/courses/${course?.slug}`} className="inline-flex min-h-11 items-center">
          Go back
        </Link>
      </p>
    </div>
  );
}
