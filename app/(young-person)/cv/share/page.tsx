import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { findShareLinks } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { describeShareLink, shareLinkState } from '@/lib/cv/share';
import { createShareLinkAction, revokeShareLinkAction } from '../actions';
import { ShareForm } from './_components/share-form';

export const metadata: Metadata = { title: 'Share my CV' };

type Props = { searchParams: Promise<{ stopped?: string | string[] }> };

/** The service's public address (AUTH_URL when set), for showing a full link to copy. */
async function siteOrigin(): Promise<string> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  return `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${host}`;
}

export default async function ShareCvPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/cv/share');
  const [links, origin, query] = await Promise.all([findShareLinks({ actorId: user.id }), siteOrigin(), searchParams]);
  const now = new Date();
  return (
    <div className="max-w-3xl">
      {query.stopped ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-paper p-4 text-lg font-bold">
          The link has stopped working.
        </div>
      ) : null}
      <p>
        <Link href="/cv" className="inline-flex min-h-11 items-center">
          Back to your CV
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Share my CV</h1>
      <p className="mt-4">
        Make a link to send to an employer or college. They see only the things you chose to show on your CV.{' '}
        <Link href="/cv/my-cv">See what they will see</Link>.
      </p>
      <p className="mt-2">The link stops working when the time is up, or when you stop it.</p>
      <ShareForm action={createShareLinkAction} origin={origin} />

      <h2 className="mt-10 text-2xl font-bold">Your links</h2>
      {links.length === 0 ? (
        <p className="mt-4">You have not made any links yet.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4" aria-label="Your links">
          {links.map((link, index) => {
            const isActive = shareLinkState(link, now) === 'active';
            const name = `Link ${links.length - index}`;
            return (
              <li key={link.id} className="flex flex-wrap items-center gap-4 border-2 border-line bg-paper p-4">
                <span>
                  <span className="font-bold">{name}</span>: {describeShareLink(link, now)}
                </span>
                {isActive ? (
                  <form action={revokeShareLinkAction}>
                    <input type="hidden" name="linkId" value={link.id} />
                    <button type="submit" className={buttonClasses('warning')}>
                      Stop this link<span className="sr-only"> ({name})</span>
                    </button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
