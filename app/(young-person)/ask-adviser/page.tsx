import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getCourse } from '@/db/queries/courses';
import { getVacancy } from '@/db/queries/vacancies';
import { getAreaContext } from '@/lib/auth/area';
import { requireYoungPerson } from '@/lib/auth/session';
import { isVacancyId } from '@/lib/vacancies/search';
import { askAdviserAction } from './actions';
import { AskAdviserForm } from './_components/ask-adviser-form';

export const metadata: Metadata = { title: 'Ask your adviser' };

type Props = { searchParams: Promise<{ course?: string | string[]; vacancy?: string | string[] }> };

function returnPath(slug: string | undefined, vacancyParam: string | undefined): string {
  if (vacancyParam !== undefined) return `/ask-adviser?vacancy=${encodeURIComponent(vacancyParam)}`;
  if (slug !== undefined) return `/ask-adviser?course=${encodeURIComponent(slug)}`;
  return '/ask-adviser';
}

export default async function AskAdviserPage({ searchParams }: Props) {
  const query = await searchParams;
  const slug = typeof query.course === 'string' ? query.course : undefined;
  const vacancyParam = typeof query.vacancy === 'string' ? query.vacancy : undefined;
  await requireYoungPerson(returnPath(slug, vacancyParam));
  const area = await getAreaContext();
  const scope = { laId: area.id, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness };
  // A vacancy id that is not a uuid is not a vacancy: not-found before any query.
  if (vacancyParam !== undefined && !isVacancyId(vacancyParam)) notFound();
  const [course, vacancy] = await Promise.all([
    slug && vacancyParam === undefined ? getCourse({ ...scope, slug }) : null,
    vacancyParam !== undefined ? getVacancy({ ...scope, id: vacancyParam }) : null,
  ]);
  if (slug && vacancyParam === undefined && !course) notFound();
  if (vacancyParam !== undefined && !vacancy) notFound();

  const backHref = vacancy ? `/vacancies/${vacancy.id}` : course ? `/courses/${course.slug}` : '/courses';
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Ask your adviser</h1>
      <p className="mt-4">
        {vacancy ? (
          <>
            Your adviser will get in touch about <span className="font-bold">{vacancy.title}</span> at {vacancy.offeredBy.name}.
          </>
        ) : course ? (
          <>
            Your adviser will get in touch about <span className="font-bold">{course.title}</span> at {course.provider.name}.
          </>
        ) : (
          'Your adviser will get in touch to help you find something to do next.'
        )}
      </p>
      <AskAdviserForm action={askAdviserAction} courseSlug={course?.slug} vacancyId={vacancy?.id} />
      <p className="mt-8">
        <Link href={backHref} className="inline-flex min-h-11 items-center">
          Go back
        </Link>
      </p>
    </div>
  );
}
