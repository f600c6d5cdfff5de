'use server';

import { notFound, redirect } from 'next/navigation';
import { createExploreResult } from '@/db/queries/explore';
import { requireYoungPerson } from '@/lib/auth/session';
import { exploreHref } from '@/lib/explore/answers';
import { answersFromForm } from '@/lib/explore/schemas';
import { rankKindsOfWork, TOP_MATCHES } from '@/lib/explore/scoring';

function withFlag(href: string, flag: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}${flag}=1`;
}

/**
 * Young people only: keeps these Explore answers and the kinds of work they match. Someone not signed in
 * goes through sign-in and comes back to the same matches, asked to press Save again (nothing is kept
 * until they do). Works as a plain form post.
 */
export async function saveExploreResultsAction(formData: FormData): Promise<void> {
  const answers = answersFromForm(formData);
  const matchesHref = exploreHref('/explore/matches', answers);
  const user = await requireYoungPerson(withFlag(matchesHref, 'saving'));
  const kindSlugs = rankKindsOfWork(answers)
    .slice(0, TOP_MATCHES)
    .map((match) => match.kind.slug);
  const saved = await createExploreResult({ actorId: user.id, answers, kindSlugs });
  if (!saved) notFound();
  redirect(withFlag(matchesHref, 'saved'));
}
