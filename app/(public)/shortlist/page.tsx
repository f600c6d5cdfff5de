import type { Metadata } from 'next';
import Link from 'next/link';
import { findPublicShortlist } from '@/db/queries/present-shortlist';
import { shortlistFromQuery } from '@/lib/present/shortlist';

export const metadata: Metadata = { title: 'The shortlist we made' };

type Props = { searchParams: Promise<{ c?: string | string[]; v?: string | string[] }> };

/**
 * The page a present-mode shortlist's QR code or text opens: the courses and jobs named in the address, nothing
 * about anyone. Anyone may open it.
 */
export default async function PublicShortlistPage({ searchParams }: Props) {
  const items = await findPublicShortlist(shortlistFromQuery(await searchParams));
  return (
    <div className="text-xl">
      <h1 className="text-3xl font-bold">The shortlist we made</h1>
      {items.length === 0 ? (
        <p className="mt-4">
          There is nothing on this list now. <Link href="/courses">Look for courses</Link> or <Link href="/vacancies">jobs</Link>.
        </p>
      ) : (
        <>
          <p className="mt-4">Tap one to look at it. Save the ones you like.</p>
          <ul aria-label="Shortlist" className="mt-4 flex flex-col gap-3">
            {items.map((item) => (
              <li key={item.href} className="border-2 border-line bg-paper p-3">
                <Link href={item.href} className="font-bold">
                  {item.title}
                </Link>
                <span className="block text-base">{item.kind === 'course' ? `Course${item.by ? ` at ${item.by}` : ''}` : 'Job or training'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
