import { BackLink } from '@/components/layout/back-link';
import type { ReactNode } from 'react';

/** What a turned-down employer's staff see: the council's decision and its reason (decision 040). */
export function TurnedDownNote({ reason }: { reason: string | null }) {
  return (
    <div className="mt-4 border-l-4 border-error bg-paper p-4">
      <h2 className="text-xl font-bold">The council turned down your organisation</h2>
      <p className="mt-2">You cannot post vacancies. Young people cannot see your vacancies.</p>
      {reason ? (
        <>
          <p className="mt-2 font-bold">The council said:</p>
          <p className="whitespace-pre-line">{reason}</p>
        </>
      ) : null}
      <p className="mt-2">If you think this is wrong, contact the council.</p>
    </div>
  );
}

/**
 * A page for posting vacancies (one form, or a file): the way back and the heading, then the page itself, or
 * the council's decision instead when it turned the employer down (`turnedDown`, with its reason).
 */
export function PostingPage({ title, turnedDown, children }: { title: string; turnedDown: { reason: string | null } | null; children: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <BackLink href="/employer/vacancies">Back to your vacancies</BackLink>
      <h1 className="text-3xl font-bold">{title}</h1>
      {turnedDown ? <TurnedDownNote reason={turnedDown.reason} /> : children}
    </div>
  );
}
