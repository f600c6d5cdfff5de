import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CHANGE_LOG_PAGE_SIZE, findOwnProviderChangeLog } from '@/db/queries/content-changes';
import { requireProviderStaff } from '@/lib/auth/session';
import { describeChangeLine } from '@/lib/manage/change-words';
import { changeTimeFormat } from '@/components/manage/recent-changes';

export const metadata: Metadata = { title: 'Who changed what' };


type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** "2" → 2; anything else (missing, 0, words, a list) → page 1. */
function pageNumber(value: string | string[] | undefined): number {
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** Provider staff: every change to their provider's records, who made it and when, newest first. */
export default async function ProviderChangesPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/changes');
  const page = pageNumber((await searchParams).page);
  const log = await findOwnProviderChangeLog({ actorId: user.id, page });
  if (!log) notFound();
  const pages = Math.max(1, Math.ceil(log.total / CHANGE_LOG_PAGE_SIZE));
  if (page > pages) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Who changed what</h1>
      <p className="mt-4">Every change to your profile, courses, sites, open days, photos and vacancies. The newest is first.</p>
      {log.entries.length === 0 ? (
        <p className="mt-6">No changes yet.</p>
      ) : (
        <ol aria-label="Changes" className="mt-6 flex flex-col gap-3">
          {log.entries.map((entry) => (
            <li key={entry.id} className="border-l-4 border-line bg-paper p-4">
              <p>{describeChangeLine(entry)}</p>
              <p className="text-muted">
                <time dateTime={entry.at.toISOString()}>{changeTimeFormat.format(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of changes" className="mt-6 flex flex-wrap items-center gap-4">
          {page > 1 ? (
            <Link href={page === 2 ? '/provider/changes' : `/provider/changes?page=${page - 1}`} className="inline-flex min-h-11 items-center">
              Newer changes
            </Link>
          ) : null}
          <p>
            Page {page} of {pages}
          </p>
          {page < pages ? (
            <Link href={`/provider/changes?page=${page + 1}`} className="inline-flex min-h-11 items-center">
              Older changes
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
