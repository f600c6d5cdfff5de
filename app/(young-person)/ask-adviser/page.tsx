import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCourse } from '@/db/queries/courses';
import { getAreaContext } from '@/lib/auth/area';
import { requireYoungPerson } from '@/lib/auth/session';
import { freshnessRulesFrom } from '@/lib/freshness/rules';
import { askAdviserAction } from './actions';
import { AskAdviserForm } from './_components/ask-adviser-form';

export const metadata: Metadata = { title: 'Ask your adviser' };

export default async function AskAdviserPage({ searchParams }: { searchParams: Promise<{ course?: string }> }) {
  const { course: courseSlug } = await searchParams;
  const slug = typeof courseSlug === 'string' ? courseSlug : undefined;
  await requireYoungPerson(slug ? `/ask-adviser?course=${encodeURIComponent(slug)}` : '/ask-adviser');
  const area = await getAreaContext();
  const course = slug ? await getCourse({ laId: area.id, slug, now: new Date(), rules: freshnessRulesFrom() }) : null;
  if (slug && !course) notFound();

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Ask your adviser</h1>
      <p className="mt-4">
        {course ? (
          <>
            Your adviser will get in touch about <span className="font-bold">{course.title}</span> at {course.provider.name}.
          </>
        ) : (
          'Your adviser will get in touch to help you find something to do next.'
        )}
      </p>
      <AskAdviserForm action={askAdviserAction} courseSlug={course?.slug} />
      <p className="mt-8">
        <Link href={course ? `/courses/${course.slug}` : '/courses'} className="inline-flex min-h-11 items-center">
          Go back
        </Link>
      </p>
    </div>
  );
}
