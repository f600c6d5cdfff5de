import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findCategoriesForAdmin, getCategoryWordsForAdmin } from '@/db/queries/category-overrides';
import { getAccountSummary } from '@/db/queries/people';
import { requireLaAdmin } from '@/lib/auth/session';
import { saveCategoryWordsAction } from './actions';
import { CategoryWordsForm } from './_components/category-words-form';
import { RecentChanges } from '@/components/manage/recent-changes';

export const metadata: Metadata = { title: 'Types of work in your area' };


type Props = { searchParams: Promise<{ area?: string | string[]; saved?: string | string[] }> };

/**
 * Council admins: the picture categories are the same everywhere, but an area can use its own short words
 * for them and hide a kind of work that makes no sense there (decision 035). Only in their own area; logged.
 */
export default async function AdminCategoriesPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/categories');
  const { area, saved } = await searchParams;
  const chosen = typeof area === 'string' ? area : undefined;
  const [found, account, words] = await Promise.all([
    findCategoriesForAdmin({ actorId: user.id }),
    getAccountSummary({ actorId: user.id }),
    chosen ? getCategoryWordsForAdmin({ actorId: user.id, slug: chosen }) : Promise.resolve(null),
  ]);
  if (!found || !account) notFound();
  if (chosen && !words) notFound();
  const areaName = account.areaName ?? 'your area';
  const chosenName = words?.find((category) => !category.isKind)?.name;

  return (
    <div className="max-w-4xl">
      <p>
        <Link href={chosen ? '/admin/categories' : '/admin'} className="inline-flex min-h-11 items-center">
          {chosen ? 'Back to all types of work' : 'Back to council admin'}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{chosenName ? `${chosenName} in ${areaName}` : 'Types of work in your area'}</h1>
      <div role="status" className="mt-4">
        {typeof saved === 'string' ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            {saved === '0' ? 'Nothing changed.' : 'Saved. Young people in your area see the new words now.'}
          </p>
        ) : null}
      </div>
      {words && chosen && chosenName ? (
        <>
          <CategoryWordsForm action={saveCategoryWordsAction} areaSlug={chosen} areaName={areaName} categories={words} />
          <h2 className="mt-8 text-2xl font-bold">Pictures</h2>
          <p className="mt-2 max-w-prose">You can use a photo of your own for any of these in {areaName}.</p>
          <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
            {words.map((category) => (
              <li key={category.slug}>
                <Link href={`/admin/categories/${category.slug}/picture`} className="inline-flex min-h-11 items-center">
                  Picture for {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="mt-4 max-w-prose">
            Every area starts with the same pictures and words for types of work. You can change the short words, and
            use photos of your own, for young people in {areaName}. You can also hide a kind of work that makes no sense
            here.
          </p>
          <h2 className="mt-6 text-2xl font-bold">Choose a type of work</h2>
          <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
            {found.areasOfWork.map((areaOfWork) => (
              <li key={areaOfWork.slug}>
                <Link href={`/admin/categories?area=${areaOfWork.slug}`} className="inline-flex min-h-11 items-center">
                  {areaOfWork.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <RecentChanges changes={found.changes} />
    </div>
  );
}
