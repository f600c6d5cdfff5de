import type { Metadata } from 'next';
import Link from 'next/link';
import { findAreas } from '@/db/queries/areas';
import { getAreaSource } from '@/lib/auth/area';

export const metadata: Metadata = { title: 'Your council area' };

/**
 * Which council's courses and jobs a visitor sees, and how to see another's (decision 042). Each choice is a
 * plain link to /area/<slug>, which a council can also put on its own website.
 */
export default async function AreasPage() {
  const [{ area, source }, areas] = await Promise.all([getAreaSource(), findAreas()]);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Your council area</h1>
      <p className="mt-4">Your council area decides which courses, jobs and training you see here.</p>
      <p className="mt-4 border-l-4 border-brand bg-paper p-4 text-xl font-bold">You see {area.areaName} now.</p>
      {source === 'account' ? (
        <p className="mt-4">You are signed in, so you see the area on your account. To see another area, sign out first.</p>
      ) : source === 'host' ? (
        <p className="mt-4">This web address belongs to {area.areaName}. To see another area, go to that council’s own web address.</p>
      ) : (
        <>
          <h2 className="mt-8 text-2xl font-bold">Choose an area</h2>
          <ul className="mt-4 flex flex-col gap-2" aria-label="Council areas">
            {areas.map((choice) => (
              <li key={choice.slug}>
                {/* A plain link: /area/<slug> is a route, not a page, so it is not fetched ahead. */}
                <a
                  href={`/area/${choice.slug}`}
                  aria-current={choice.slug === area.slug ? 'true' : undefined}
                  className="inline-flex min-h-11 items-center text-xl"
                >
                  {choice.areaName}
                  {choice.slug === area.slug ? <span className="ml-2 text-base text-muted">(the one you see now)</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-8">
        <Link href="/" className="inline-flex min-h-11 items-center">
          Back to the start
        </Link>
      </p>
    </div>
  );
}
